#!/usr/bin/env python3
"""Checks one soak run (tests/bench/soak.sh): soak_check.py MODE DIR MAX_FAILURES.

DIR holds events.jsonl (the engine's headless events), rss.txt ("seconds KiB iteration" lines),
data/autocoin.db and, for live, fake.json (the fake exchange's orders and balances at the end).
Prints the figures and every violation; exits 1 on any violation."""
import json
import re
import sqlite3
import sys
from decimal import Decimal

mode, directory, max_failures = sys.argv[1], sys.argv[2], int(sys.argv[3])
live = mode == "live"
problems = []
events = []
with open(f"{directory}/events.jsonl", encoding="utf-8") as f:
    for line in f:
        line = line.strip()
        if line.startswith("{"):
            events.append(json.loads(line))

ticks = [e for e in events if e["event"] == "tick"]
iterations = ticks[-1]["iteration"] if ticks else 0
failures = [e for e in events if e["event"] == "error"]
notices = [e["message"] for e in events if e["event"] == "notice"]
print(f"[{mode}] iterations {iterations}, failures reported {len(failures)}, notices {len(notices)}")
kinds = {}
for e in failures:
    kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
print(f"[{mode}] failures by kind: {kinds}; highest consecutive count {max([e['failures'] for e in failures] or [0])}")

# No ERROR unless a count truly reached the threshold.
for e in events:
    if e["event"] == "state" and e["to"] == "ERROR":
        m = re.match(r"(\d+) consecutive failures", e["reason"])
        if not m or int(m.group(1)) < max_failures:
            problems.append(f"ERROR without reaching the threshold: {e['reason']}")
        else:
            print(f"[{mode}] ERROR at the threshold (allowed): {e['reason']}")

# RSS flat after warm-up: the last quarter's peak against the second quarter's peak.
samples = []
with open(f"{directory}/rss.txt", encoding="utf-8") as f:
    for line in f:
        parts = line.split()
        if len(parts) >= 2 and parts[1].isdigit():
            samples.append(int(parts[1]))
if len(samples) >= 8:
    q = len(samples) // 4
    warm, late = max(samples[q:2 * q]), max(samples[3 * q:])
    print(f"[{mode}] RSS KiB: first {samples[0]}, after warm-up {warm}, end {samples[-1]}, last quarter peak {late}, "
          f"max {max(samples)} ({len(samples)} samples)")
    if late > warm * 1.10 + 2048:
        problems.append(f"RSS grew after warm-up: {warm} KiB -> {late} KiB")
else:
    print(f"[{mode}] RSS: too few samples ({samples})")

db = sqlite3.connect(f"{directory}/data/autocoin.db")
paper = 0 if live else 1
orders = db.execute("SELECT client_order_id, order_id, side, status, id FROM order_history WHERE paper = ? ORDER BY id",
                    (paper,)).fetchall()
trades = db.execute("SELECT trade_id, order_id, side, price, quantity, fee FROM trades WHERE paper = ? ORDER BY id",
                    (paper,)).fetchall()
statuses = {}
for o in orders:
    statuses[o[3]] = statuses.get(o[3], 0) + 1
print(f"[{mode}] database: {len(orders)} orders {statuses}, {len(trades)} fills")
if len({t[0] for t in trades}) != len(trades):
    problems.append("a fill is recorded twice in trades")

# Cash and coin rebuilt from the fills.
start = Decimal(1000000)
cash, coin = start, Decimal(0)
for _, _, side, price, quantity, fee in trades:
    funds = Decimal(str(price)) * Decimal(str(quantity))
    if side == "buy":
        cash -= funds + Decimal(str(fee))
        coin += Decimal(str(quantity))
    else:
        cash += funds - Decimal(str(fee))
        coin -= Decimal(str(quantity))
equities = [e for e in events if e["event"] == "equity"]
if equities:
    last_cash = Decimal(equities[-1]["cash"])
    print(f"[{mode}] cash rebuilt from trades {cash}, engine's last equity cash {last_cash}, coin {coin}")
    if last_cash != cash:
        problems.append(f"the engine's cash {last_cash} differs from the cash rebuilt from trades {cash}")

# Never two entries open in one market: filled buys and sells alternate.
fills_by_order = {}
for t in trades:
    fills_by_order.setdefault(t[1], []).append(t)
sequence = [o[2] for o in orders if o[1] and o[1] in fills_by_order]
for a, b in zip(sequence, sequence[1:]):
    if a == "buy" and b == "buy":
        problems.append("two entries open at once: two filled buys without a sell between")
        break
print(f"[{mode}] filled orders in sequence: {len(sequence)} ({sequence.count('buy')} buys, {sequence.count('sell')} sells)")

if live:
    with open(f"{directory}/fake.json", encoding="utf-8") as f:
        fake = json.load(f)
    print(f"[{mode}] fake exchange: {len(fake['orders'])} orders, {fake['requests']} requests, faults {fake['faults']}")
    by_client = {o[0]: o for o in orders}
    exchange_trade_ids = set()
    exchange_sequence = []
    for o in fake["orders"]:
        stored = by_client.get(o.get("identifier"))
        if not stored:
            problems.append(f"order {o.get('identifier')} ({o['uuid']}) at the exchange is missing from order_history")
            continue
        if stored[1] != o["uuid"] or stored[3] != o["state"]:
            problems.append(f"order {stored[0]}: database ({stored[1]}, {stored[3]}) vs exchange ({o['uuid']}, {o['state']})")
        recorded = {t[0] for t in fills_by_order.get(o["uuid"], [])}
        at_exchange = {t["uuid"] for t in o["trades"]}
        if recorded != at_exchange:
            problems.append(f"order {stored[0]}: fills in trades {len(recorded)} vs at the exchange {len(at_exchange)}")
        exchange_trade_ids |= at_exchange
        if o["trades"]:
            exchange_sequence.append(o["side"])
    extra = {t[0] for t in trades} - exchange_trade_ids
    if extra:
        problems.append(f"{len(extra)} fills in trades the exchange never made")
    exchange_ids = {o["uuid"] for o in fake["orders"]}
    for o in orders:
        if o[1] and o[1] not in exchange_ids:
            problems.append(f"order {o[0]} has an exchange id the exchange does not know")
        elif not o[1] and o[3] != "failed":
            problems.append(f"order {o[0]} is still {o[3]} without an exchange id")
    for a, b in zip(exchange_sequence, exchange_sequence[1:]):
        if a == "bid" and b == "bid":
            problems.append("the exchange filled two buys without a sell between")
            break
    krw, btc = Decimal(fake["balances"]["KRW"]), Decimal(fake["balances"]["BTC"])
    print(f"[{mode}] exchange KRW {krw} BTC {btc}; rebuilt from trades KRW {cash} BTC {coin}")
    if krw != cash or btc != coin:
        problems.append(f"the account differs from the fills: exchange {krw} KRW {btc} BTC, trades {cash} KRW {coin} BTC")

# Each fill logged once: one "bought/sold … (…, order ac-…)" line per order (market orders fill at once).
logged = {}
with open(f"{directory}/stderr.log", encoding="utf-8", errors="replace") as f:
    for line in f:
        m = re.search(r"\b(bought|sold) .* order (ac-[0-9A-Za-z-]+)\)", line)
        if m:
            logged[m.group(2)] = logged.get(m.group(2), 0) + 1
twice = [k for k, v in logged.items() if v > 1]
print(f"[{mode}] fill log lines: {sum(logged.values())} for {len(logged)} orders; logged more than once: {len(twice)}")
if twice:
    problems.append(f"{len(twice)} orders' fills logged more than once, e.g. {twice[0]}")

differs = [n for n in notices if n.startswith("balance differs")]
print(f"[{mode}] 'balance differs' notices: {len(differs)}")
if live and differs:
    problems.append(f"{len(differs)} balance-difference notices although nothing traded outside autocoin")

for p in problems:
    print(f"[{mode}] PROBLEM: {p}")
print(f"[{mode}] {'OK' if not problems else 'FAILED'}")
sys.exit(1 if problems else 0)

#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora (tests/fuzz/corpus/<target>/) from the recorded data in
../shared/data and the documented answer shapes (docs/EXCHANGES.md, tests/support/FakeExchange).
Seeds are cut small (a few KB each) so that libFuzzer mutates shapes, not bulk. Run it again
after the shared data changes; the output is committed so that `bootstrap.sh fuzz` does not need
../shared."""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.join(here, "..", "..", "..", "shared", "data")
if len(sys.argv) > 1:
    shared = sys.argv[1]
responses = os.path.join(shared, "upbit-api-responses")
corpus = os.path.join(here, "corpus")

# The parser a fuzz_restparsers input goes to is its first byte (see fuzz_restparsers.cpp).
MARKETS, TICKERS, TICKER, CANDLES, ORDERBOOK, TRADES, TICKSIZE, BALANCES, CHANCE, ORDER, ORDERS, ACK, ERROR, FIELDS = range(14)


def write(target, name, data):
    directory = os.path.join(corpus, target)
    os.makedirs(directory, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(directory, name), "wb") as f:
        f.write(data)


def rest(name, selector, value):
    body = value if isinstance(value, (bytes, str)) else json.dumps(value, ensure_ascii=False)
    if isinstance(body, str):
        body = body.encode()
    write("fuzz_restparsers", name, bytes([selector]) + body)


def load(name):
    with open(os.path.join(responses, name), encoding="utf-8") as f:
        return json.load(f)


# Recorded answers (ccxt's static responses, smtm's candles, the WebSocket ticker recording).
upbit = load("upbit_recorded_responses.json")
for key, value in upbit.items():
    if key.startswith("GET /v1/ticker"):
        rest("upbit-ticker", TICKERS, value)
        rest("upbit-ticker-one", TICKER, [dict(value[0], market="KRW-BTC")])
    elif key.startswith("GET /v1/trades"):
        rest("upbit-trades", TRADES, value)
    elif key.startswith("GET /v1/candles"):
        rest("upbit-candle-strings", CANDLES, value)
for name in ("upbit_1m_20200220_202000-20200220_210000.json", "upbit_3m_20200220_100000-20200220_120000.json"):
    candles = load(name)[:4]
    rest("candles-" + name[6:8], CANDLES, candles)
    write("fuzz_candlefile", "json-" + name[6:8], json.dumps(candles, indent=1))
bithumb = load("bithumb_v1_order_fixtures.json")
for key, value in bithumb.items():
    if key.startswith("GET /v1/market/all"):
        rest("bithumb-markets", MARKETS, value)
    elif key.startswith("GET /v1/ticker"):
        rest("bithumb-ticker", TICKER, value)
        rest("bithumb-tickers", TICKERS, value)
    elif key.startswith("POST /v1/orders"):
        rest("bithumb-order-wait", ORDER, value)
        rest("bithumb-ack", ACK, {k: value[k] for k in ("uuid", "market", "side", "created_at") if k in value})
        rest("bithumb-order-fields", FIELDS, value)
    elif key.startswith("DELETE /v1/order"):
        rest("bithumb-order-cancel", ORDER, value)
        rest("bithumb-orders", ORDERS, [value])
with open(os.path.join(responses, "upbit_ws_ticker_recorded.jsonl"), encoding="utf-8") as f:
    line = json.loads(f.readline())
rest("ws-ticker-numbers", TICKERS, [dict(line, market=line.get("code", "KRW-BTC"))])

# Documented shapes without a recording (docs/EXCHANGES.md; the fake exchange answers the same).
rest("upbit-markets", MARKETS, [
    {"market": "KRW-BTC", "korean_name": "비트코인", "english_name": "Bitcoin", "market_warning": "NONE"},
    {"market": "KRW-XRP", "korean_name": "리플", "english_name": "Ripple",
     "market_event": {"warning": True, "caution": {"PRICE_FLUCTUATIONS": False}}}])
units = [{"ask_price": 63571000.0 + i * 1000, "bid_price": 63570000.0 - i * 1000, "ask_size": 0.5, "bid_size": "0.75"}
         for i in range(3)]
rest("orderbook", ORDERBOOK, [{"market": "KRW-BTC", "timestamp": 1795321865123, "total_ask_size": 1.5,
                               "total_bid_size": 2.25, "orderbook_units": units}])
rest("ticksize", TICKSIZE, [{"market": "KRW-BTC", "quote_currency": "KRW", "tick_size": "1000",
                             "supported_levels": [0]}])
account = {"currency": "KRW", "balance": "1000000.0", "locked": "0.0", "avg_buy_price": "0",
           "avg_buy_price_modified": False, "unit_currency": "KRW"}
coin = dict(account, currency="BTC", balance="0.00123456", avg_buy_price="63000000")
rest("balances", BALANCES, [account, coin])
rest("chance", CHANCE, {"bid_fee": "0.0005", "ask_fee": "0.0005", "maker_bid_fee": "0.0005",
                        "maker_ask_fee": "0.0005",
                        "market": {"id": "KRW-BTC", "name": "BTC/KRW", "order_sides": ["ask", "bid"],
                                   "bid": {"currency": "KRW", "min_total": "5000"},
                                   "ask": {"currency": "BTC", "min_total": 5000},
                                   "max_total": "1000000000.0", "state": "active"},
                        "bid_account": account, "ask_account": coin})
order = {"uuid": "9ca023a5-851b-4fec-9f0a-48cd83c2eaae", "side": "bid", "ord_type": "price", "price": "10000",
         "state": "done", "market": "KRW-BTC", "created_at": "2026-11-30T14:00:00+09:00", "volume": None,
         "remaining_volume": "0", "reserved_fee": "5", "remaining_fee": "0", "paid_fee": "5", "locked": "0",
         "executed_volume": "0.00015723", "executed_funds": "9999.8", "trades_count": 1,
         "identifier": "autocoin-1", "trades": [{"market": "KRW-BTC", "uuid": "t-1", "price": "63600000",
                                                 "volume": "0.00015723", "funds": "9999.828",
                                                 "side": "bid", "created_at": "2026-11-30T14:00:01+09:00"}]}
rest("upbit-order-done", ORDER, order)
rest("upbit-orders", ORDERS, [order, dict(order, state="wait", trades=[], trades_count=0)])
rest("upbit-order-fields", FIELDS, order)
rest("error-upbit", ERROR, {"error": {"name": "insufficient_funds_bid", "message": "주문가능한 금액(KRW)이 부족합니다."}})
rest("error-numeric-name", ERROR, {"error": {"name": 401, "message": "Unauthorized"}})
rest("error-legacy", ERROR, {"status": "5600", "message": "Please try again"})
rest("error-not-json", ERROR, "<html>502 Bad Gateway</html>")

# WebSocket messages (fuzz_streamparsers: the whole input is one message): the recorded ticker,
# and the documented shapes as tests/support/FakeWebSocketServer sends them.
with open(os.path.join(responses, "upbit_ws_ticker_recorded.jsonl"), encoding="utf-8") as f:
    write("fuzz_streamparsers", "ws-ticker-recorded", f.readline().strip())
write("fuzz_streamparsers", "trade-default",
      '{"type":"trade","code":"KRW-BTC","timestamp":1795321865123,"trade_date":"2026-11-30","trade_time":"12:00:01",'
      '"trade_timestamp":1795321865123,"trade_price":123456789012345678.123456789,"trade_volume":0.00015723,'
      '"ask_bid":"BID","sequential_id":17953218651230000,"stream_type":"REALTIME"}')
write("fuzz_streamparsers", "trade-simple",
      '{"ty":"trade","cd":"KRW-ETH","tms":1795321865123,"ttms":1795321865123,"tp":4810000,"tv":1.5e-3,"ab":"ASK",'
      '"sid":1,"st":"REALTIME"}')
write("fuzz_streamparsers", "ticker-simple",
      '{"ty":"ticker","cd":"KRW-BTC","tp":63570000,"atp24h":123456789012.5,"ttms":1795321865123,"tms":1795321865123}')
write("fuzz_streamparsers", "myorder-upbit",
      '{"type":"myOrder","code":"KRW-BTC","uuid":"9ca023a5-851b-4fec-9f0a-48cd83c2eaae","ask_bid":"ASK",'
      '"order_type":"limit","state":"trade","trade_uuid":"t-1","price":63600000,"avg_price":63600000,"volume":0.25,'
      '"remaining_volume":0.75,"executed_volume":0.25,"trade_fee":7950,"identifier":"ac-1",'
      '"trade_timestamp":1795321865123,"timestamp":1795321865123,"stream_type":"REALTIME"}')
write("fuzz_streamparsers", "myorder-bithumb-v2",
      '{"type":"myOrder","code":"KRW-BTC","order_id":"C0101000003152350309","side":"buy","state":"trade",'
      '"trade_id":"t-2","order_price":63600000,"trade_price":63600000,"trade_quantity":0.25,'
      '"remaining_quantity":0,"executed_quantity":0.25,"trade_fee":7950,"client_order_id":"ac-2",'
      '"trade_timestamp":1795321865123,"timestamp":1795321865123}')
write("fuzz_streamparsers", "myasset",
      '{"type":"myAsset","asset_uuid":"a","assets":[{"currency":"KRW","balance":1000000.5,"locked":20000}],'
      '"asset_timestamp":1795321865123,"timestamp":1795321865123}')
write("fuzz_streamparsers", "status-up", '{"status":"UP"}')
write("fuzz_streamparsers", "error", '{"error":{"name":"INVALID_AUTH","message":"authentication failed"}}')
write("fuzz_streamparsers", "forty-digits", '{"ty":"trade","cd":"KRW-BTC","tp":1234567890123456789012345678901234567890,'
      '"tv":1,"ab":"BID","ttms":1795321865123}')

# Candle files: the first lines of each CSV layout, and an hour with a duplicate and a gap.
def head(path, lines):
    with open(os.path.join(shared, path), encoding="utf-8") as f:
        return "".join(f.readline() for _ in range(lines))


write("fuzz_candlefile", "csv-btc-1h", head("upbit-krw-btc-1h/krw-btc-1h-2017-10-05_2021-04-27.csv", 12))
write("fuzz_candlefile", "csv-doge-1h", head("upbit-krw-6markets-1h/KRW-DOGE.csv", 8))
write("fuzz_candlefile", "csv-eth-1m", head("upbit-krw-5markets-1m/KRW-ETH.csv", 8))
lines = head("upbit-krw-btc-1h/krw-btc-1h-2017-10-05_2021-04-27.csv", 6).splitlines()
write("fuzz_candlefile", "csv-dup-gap", "\n".join(lines[:3] + [lines[2]] + lines[4:]) + "\n")
write("fuzz_candlefile", "csv-utc", lines[0].replace("kst", "utc") + "\n" + "\n".join(lines[1:]) + "\n")

# Decimal: first byte = scale and rounding mode, then two numbers separated by a newline.
decimals = [("price-volume", 8, "63570000\n0.00015723"), ("negative", 2, "-0.00123456\n1.5e-3"),
            ("exponent", 40, "1.5E+7\n-7"), ("long", 18, "0.000000000000000001\n12345678901234567890.5"),
            ("max-digits", 3, "99999999999999999999999999999999999999\n0.1"), ("zero", 60, "+0.000\n0"),
            ("fee", 77, "1000000.0\n0.0005")]
for name, first, text in decimals:
    write("fuzz_decimal", name, bytes([first]) + text.encode())

# Command lines, environment, saved settings and database URLs (docs/INTERFACE.md).
settings = {
    "headless": "--headless\n--exchange\nupbit\n--market\nKRW-ETH\n--interval\n5\n--timeframe\n60",
    "backtest": "backtest\n--data\ncandles.csv\n--from\n2021-01-01\n--to\n2021-02-01\n--fee\n0.0005\n--ema-fast\n12",
    "optimize": "optimize\n--data\ncandles.csv\n--metric\nsharpe\n--windows\n4\nema-fast=5:20:5",
    "replay": "--headless\n--exchange\nreplay\n--replay-data\nKRW-BTC.csv\n--replay-speed\n100\n--data-dir\n/tmp/x",
    "env": "ENV PAPER_MODE=false\nENV MAX_ORDER_KRW=10000\nENV APP_TIMEZONE=Asia/Seoul\nENV LOG_LEVEL=DEBUG\n"
           "ENV UPBIT_API_URL=http://127.0.0.1:8080\nENV PAPER_SLIPPAGE_PCT=0.1\n--headless",
    "saved": "INI engine/interval=10\nINI engine/paperBalance=500000\nINI ui/language=ko\nINI ui/closeToTray=true\n"
             "INI storage/marketSyncMinutes=10\nINI log/backupCount=7",
    "urls": "URL sqlite:///data/app.db\nURL sqlite:////var/lib/autocoin/a.db\n"
            "URL postgresql://autocoin:pw@127.0.0.1:5432/autocoin\nURL postgres://h/db",
    "database-env": "ENV DATABASE_URL=postgresql://user:secret@db.example:6543/trading\n--database-url\nsqlite:///x.db",
    "misc": "signals\n--data\nc.json\n--out\ns.csv\n--language\nen\n--max-failures\n3\n--order-timeout\n60\n"
            "--log-dir\nlogs\n--retention-days\n7\n--paper-balance\n1000000",
    "help": "--help",
    "reset": "reset-paper\n--i-understand-live-trading\n--start",
}
for name, text in settings.items():
    write("fuzz_settings", name, text)

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="395"/>
        <source>The control API was not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::AccountBand</name>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="21"/>
        <source>%1 KRW</source>
        <extracomment>An amount of won after the number: &quot;1,234,568원&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="92"/>
        <source>Total equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="92"/>
        <source>KRW cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="92"/>
        <source>Coins value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="93"/>
        <source>Unrealised PnL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="93"/>
        <source>Today realised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="93"/>
        <source>Total since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="116"/>
        <source>PAPER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="116"/>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="117"/>
        <source>Paper trading: simulated orders, no real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="118"/>
        <source>Live trading: real orders with real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="135"/>
        <source>The account is valued by the engine once it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="153"/>
        <source>Realised %1 + unrealised %2 since the account started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="131"/>
        <source>The paper account as stored (coins at what they cost): the engine values it once it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="136"/>
        <source>The paper account could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::Autostart</name>
    <message>
        <location filename="../ui/platform/Autostart.cpp" line="39"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/Autostart.cpp" line="43"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/Autostart.cpp" line="93"/>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/Autostart.cpp" line="98"/>
        <source>cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::BacktestView</name>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="79"/>
        <location filename="../ui/backtest/BacktestView.cpp" line="132"/>
        <source>Candle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="79"/>
        <source>Candles (*.csv *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="111"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="112"/>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="113"/>
        <source>Trades on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="133"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="134"/>
        <source>Only the days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="135"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="136"/>
        <source>name=value …, e.g. ema-fast=9 ema-slow=21 (others: the defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="143"/>
        <source>Starting KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="144"/>
        <source>Run backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="145"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="146"/>
        <source>Apply to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="224"/>
        <source>Starting KRW must be a number of at least 5,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="241"/>
        <source>No candles in that period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backtest/BacktestView.cpp" line="249"/>
        <source>Running over %n candle(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="268"/>
        <source>The backtest stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="299"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="307"/>
        <source>Done: %1 round trips, final equity %2 KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="345"/>
        <source>This backtest returned %1 %, less than buying and holding over the same period (%2 %). Apply its parameters to trading anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="349"/>
        <source>Lost to buy-and-hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="350"/>
        <source>Parameters not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="356"/>
        <source>Parameters sent to the engine; they apply from the next candle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::EngineLog</name>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="496"/>
        <source>kill switch released by Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="512"/>
        <source>%1 -&gt; %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="659"/>
        <source>the exchange answers again: reconciling orders and balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="810"/>
        <source>%1 %2 at %3 (strength %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="218"/>
        <location filename="../engine/core/TradingEngine.cpp" line="354"/>
        <location filename="../engine/core/TradingEngine.cpp" line="819"/>
        <location filename="../engine/core/TradingEngine.cpp" line="872"/>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="854"/>
        <source>bought %1 %2 for %3 KRW (average %4, fee %5, order %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="855"/>
        <source>sold %1 %2 for %3 KRW (average %4, fee %5, order %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="862"/>
        <source>buy %1 not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="863"/>
        <source>sell %1 not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="869"/>
        <source>order not placed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="908"/>
        <source>KILL SWITCH: new entries blocked, open orders cancelled, positions closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="957"/>
        <source>kill switch: order %1 in %2 is not settled yet: check it on the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="991"/>
        <source>paper account reset to %1 KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="995"/>
        <source>paper account not reset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="1010"/>
        <source>parameters refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="1023"/>
        <source>parameters applied from the next candle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="1068"/>
        <source>%1 failed (%2/%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="1103"/>
        <source>retrying in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="1123"/>
        <source>engine error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="1130"/>
        <source>a network outage: the engine starts again by itself once the exchange answers, %1 min from now at the earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="1169"/>
        <source>auto-recovery: the exchange does not answer yet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="1174"/>
        <source>auto-recovered after the network came back (ERROR since %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="85"/>
        <source>start requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="86"/>
        <source>stop requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="87"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="88"/>
        <source>reset requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="89"/>
        <source>application is closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="90"/>
        <source>stopped for exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="92"/>
        <source>the replay data is exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/execution/LiveExecution.cpp" line="163"/>
        <source>order %1: answered as finished without all its trades: it is looked up again until they are seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::EngineText</name>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="43"/>
        <source>BUY not taken: %1 is designated warning (유의) by the exchange (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="48"/>
        <source>BUY not taken: %1 has a caution flag (주의: %2) and block-caution is on (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="54"/>
        <source>BUY not taken: %1 is not listed by the exchange (delisted) (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="57"/>
        <source>BUY not taken: max-positions %1 reached (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="60"/>
        <source>BUY vetoed by risk: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="65"/>
        <source>already holding a position (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="68"/>
        <source>warming up the indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="71"/>
        <source>no crossover (fast EMA above slow); RSI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="74"/>
        <source>no crossover (fast EMA below slow); RSI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="77"/>
        <source>EMA %1 crossed above %2; RSI %3; volume %4x average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="81"/>
        <source>EMA %1 crossed above %2; RSI %3; volume %4x average; size %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="86"/>
        <source>EMA %1 crossed below %2; RSI %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="89"/>
        <source>EMA crossed up, but RSI %1 is at or above %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="92"/>
        <source>EMA crossed up, but RSI %1 is at or below the floor %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="95"/>
        <source>EMA crossed up, but volume is %1x its average (needs %2x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="98"/>
        <source>RSI %1 rose above the exit bound %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="110"/>
        <source>%1 KRW limited by %2; stop %3, risk %4 KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="117"/>
        <source>size %1 KRW (limited by %2) is below the minimum order of %3 KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="123"/>
        <source>kill switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="126"/>
        <source>daily loss limit reached; no new entries until 00:00 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="129"/>
        <source>no price or ATR to size against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="143"/>
        <source>Kelly %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="145"/>
        <source>default fraction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="147"/>
        <source>no edge to size (Kelly fraction %1): a probe of twice the minimum order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="151"/>
        <source>per-order cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="153"/>
        <source>cash available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="155"/>
        <source>maximum exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="157"/>
        <source>risk per trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="165"/>
        <source>price swings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="167"/>
        <source>trading volume soaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="169"/>
        <source>deposits soaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="171"/>
        <source>price gap with foreign exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="173"/>
        <source>trading concentrated in few accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="245"/>
        <source>Kill switch pulled: open orders cancelled, positions sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="248"/>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="252"/>
        <source>%1 consecutive failures (%2); the last: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="260"/>
        <source>Internal error in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="263"/>
        <source>Exchange &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="266"/>
        <source>Live trading needs explicit confirmation: confirm it in the dialog, or pass --i-understand-live-trading with PAPER_MODE=false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="308"/>
        <source>Upbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="310"/>
        <source>Bithumb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="312"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="320"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="321"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="328"/>
        <source>intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="330"/>
        <source>wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="332"/>
        <source>watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="334"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="336"/>
        <source>cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="338"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="340"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="351"/>
        <source>limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="353"/>
        <source>market buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="355"/>
        <source>market sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="375"/>
        <source>top %1 by traded value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="384"/>
        <source>warning (유의)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="385"/>
        <source>caution (주의): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="403"/>
        <source>streaming from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="405"/>
        <source>connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="407"/>
        <source>no message for %1 ms; replacing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="409"/>
        <source>no message for %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="411"/>
        <source>connection closed (code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="413"/>
        <source>connection closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="415"/>
        <source>authentication refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="417"/>
        <source>the server answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="419"/>
        <source>unreadable message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="421"/>
        <source>reconnecting in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="422"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="424"/>
        <source>engine stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="426"/>
        <source>engine error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="428"/>
        <source>application is closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="431"/>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="433"/>
        <source>Host %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="435"/>
        <source>The remote host closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="437"/>
        <source>%1 timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="439"/>
        <source>Network unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="441"/>
        <source>SSL handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="489"/>
        <source>REST polling (continuously)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="490"/>
        <source>REST polling (every %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="494"/>
        <source>Live — connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="496"/>
        <source>Live — delayed, reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="501"/>
        <source>Live — disconnected, polling REST instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="502"/>
        <source>Live — connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="526"/>
        <source>Start is not allowed while the kill switch is on: Reset first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="537"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="538"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="539"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="540"/>
        <source>%1 is not allowed while the engine is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="569"/>
        <source>polling chosen in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="574"/>
        <source>%1</source>
        <comment>a feed reason the window does not know: the engine&apos;s English words as they are, or a phrase in their place</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="278"/>
        <source>en</source>
        <comment>the language code of this translation: ko in the Korean one</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::EquityChart</name>
    <message>
        <location filename="../ui/chart/EquityChart.cpp" line="66"/>
        <source>Equity (KRW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/EquityChart.cpp" line="67"/>
        <source>Drawdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::HistoryPanel</name>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="103"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="103"/>
        <source>Trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="103"/>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="103"/>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="103"/>
        <source>Daily PnL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="106"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="108"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="106"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="108"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="110"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="112"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="106"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="108"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="106"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="106"/>
        <source>Price / KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="106"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="107"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="107"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="109"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="111"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="107"/>
        <source>Client order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="107"/>
        <source>Exchange id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="108"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="112"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="108"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="110"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="108"/>
        <source>Total KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="108"/>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="109"/>
        <source>Order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="110"/>
        <source>Entry time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="110"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="110"/>
        <source>Average price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="111"/>
        <source>Last price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="111"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="114"/>
        <source>Unrealised PnL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="111"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="111"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="112"/>
        <source>Candle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="112"/>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="112"/>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="112"/>
        <source>EMA fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="113"/>
        <source>EMA slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="113"/>
        <source>RSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="113"/>
        <source>ATR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="113"/>
        <source>Risk KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="113"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="114"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="114"/>
        <source>Realised PnL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="114"/>
        <source>Total equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="114"/>
        <source>Return %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="144"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="173"/>
        <source>buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="144"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="173"/>
        <source>sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="149"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="178"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="221"/>
        <source>paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="149"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="178"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="221"/>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="207"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="209"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="211"/>
        <source>reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::HistoryView</name>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="146"/>
        <location filename="../ui/history/HistoryView.cpp" line="151"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="146"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="159"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="160"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="161"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="163"/>
        <location filename="../ui/history/HistoryView.cpp" line="207"/>
        <source>All markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/HistoryView.cpp" line="164"/>
        <location filename="../ui/history/HistoryView.cpp" line="202"/>
        <location filename="../ui/history/HistoryView.cpp" line="221"/>
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="239"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="246"/>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::LogModel</name>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="159"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="161"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="163"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="165"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="119"/>
        <source>DEBUG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="121"/>
        <source>INFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="123"/>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="125"/>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="127"/>
        <source>CRITICAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="135"/>
        <source>engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="136"/>
        <source>exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="137"/>
        <source>strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="138"/>
        <source>risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="139"/>
        <source>paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="140"/>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="141"/>
        <source>storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="142"/>
        <source>notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="143"/>
        <source>app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="144"/>
        <source>settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="145"/>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="146"/>
        <source>api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="147"/>
        <source>alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::LogView</name>
    <message>
        <location filename="../ui/log/LogView.cpp" line="100"/>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="212"/>
        <source>Paper account reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="212"/>
        <source>Paper account not reset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="219"/>
        <source>Kill switch pulled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="219"/>
        <source>Start is refused until you press Reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="223"/>
        <source>Live fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="223"/>
        <source>%1 %2 %3 at %4 KRW (fee %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="224"/>
        <source>Bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="224"/>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="232"/>
        <source>Daily loss limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="233"/>
        <source>No new entries until tomorrow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="356"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="357"/>
        <source>Start the engine (IDLE → RUNNING)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="358"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="359"/>
        <source>Stop the engine after the current iteration (RUNNING → STOPPING → IDLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="360"/>
        <source>R&amp;eset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="361"/>
        <source>Clear the error and the failure count (ERROR → IDLE), or release the kill switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="362"/>
        <source>Reset &amp;paper account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="363"/>
        <source>Start the paper account again with its starting balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="364"/>
        <source>&amp;Kill switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="365"/>
        <source>Emergency stop: cancel open orders, sell the position, block new entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="366"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="367"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="368"/>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="369"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="370"/>
        <source>&amp;Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="372"/>
        <source>Show autocoin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="373"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="374"/>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="375"/>
        <source>Backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="376"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="377"/>
        <source>Watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="455"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="457"/>
        <source>no longer traded: managed until the position is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="481"/>
        <source>The market the chart and the price, signal and stop show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="499"/>
        <source>PAPER_MODE is off: autocoin will place REAL orders with REAL money on %1 (%2).

Each buy order spends at most %3 KRW. Open orders are cancelled after %4 seconds.

Start live trading?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="505"/>
        <source>Live trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="506"/>
        <source>Live trading not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="518"/>
        <source>Kill switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="518"/>
        <source>Cancel every open order, sell the position at market and block new entries until Reset?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="582"/>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="585"/>
        <source>Settings saved; exchange, market and timing apply after Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="592"/>
        <source>Start the paper account again with %1 KRW? Earlier paper trades stay in the history but no longer count; open paper positions are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="595"/>
        <source>Reset paper account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="602"/>
        <source>Kill switch pulled: trading stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="605"/>
        <source>autocoin engine stopped with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="650"/>
        <source>autocoin keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="651"/>
        <source>The window is closed, but autocoin keeps trading in the tray while the engine runs. Quit from the tray menu to stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="675"/>
        <source>Quit while trading?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="676"/>
        <source>autocoin is trading (RUNNING). Quitting stops the engine: open orders and positions stay as they are, and no stop watches them until autocoin runs again.

Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="678"/>
        <source>Close while trading?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="679"/>
        <source>autocoin is trading (RUNNING). Closing the window quits it and stops the engine: open orders and positions stay as they are, and no stop watches them until autocoin runs again.

Close and stop trading?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="687"/>
        <source>Still trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="718"/>
        <source>Paper account: %1 KRW, no real money. Press Start to begin paper trading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="716"/>
        <source>Live account. Press Start to begin trading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="380"/>
        <source>Round trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="603"/>
        <source>Press Reset, then Start, when you want to trade again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="721"/>
        <source>Paper account, no real money. Press Start to begin paper trading.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::PriceChart</name>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="379"/>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="380"/>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="381"/>
        <source>Follow latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="382"/>
        <source>Wheel or +/− to zoom, drag or ←/→ to pan, End for the newest candle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="383"/>
        <location filename="../ui/chart/PriceChart.cpp" line="386"/>
        <source>RSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="377"/>
        <location filename="../ui/chart/PriceChart.cpp" line="378"/>
        <location filename="../ui/chart/PriceChart.cpp" line="435"/>
        <location filename="../ui/chart/PriceChart.cpp" line="436"/>
        <location filename="../ui/chart/PriceChart.cpp" line="1006"/>
        <location filename="../ui/chart/PriceChart.cpp" line="1007"/>
        <source>EMA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="384"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="385"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="406"/>
        <source>No candles of this market yet.
Press Start: the market&apos;s recent candles appear here as the engine reads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="505"/>
        <source>Trailing stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="505"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="995"/>
        <source>%1  O %2  H %3  L %4  C %5</source>
        <extracomment>The crosshair&apos;s readout: the candle&apos;s time, open, high, low and close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="1007"/>
        <source>RSI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="1008"/>
        <source>Vol %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="396"/>
        <source>No candles of this market yet.
The engine is reading the market&apos;s recent candles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="399"/>
        <source>No candles of this market yet.
The kill switch stopped trading: press Reset when you want to trade again, then Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="401"/>
        <source>No candles of this market yet.
The engine stopped with an error: check the cause in the status panel and the log, press Reset, then Start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::RoundTripView</name>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="112"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="114"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="115"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="121"/>
        <source>The round trips could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="145"/>
        <source>paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="145"/>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="154"/>
        <source>Entry time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="154"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="154"/>
        <source>Entry price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="154"/>
        <source>Exit time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="154"/>
        <source>Exit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="155"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="155"/>
        <source>PnL KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="155"/>
        <source>PnL %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="155"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="155"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="155"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="75"/>
        <source>fast EMA period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="76"/>
        <source>slow EMA period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="77"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="22"/>
        <source>RSI period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="78"/>
        <source>BUY only while RSI is below this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="79"/>
        <source>BUY only while RSI is above this (0 = off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="80"/>
        <source>SELL an open position when RSI rises above this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="81"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="35"/>
        <source>ATR period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="82"/>
        <source>volume moving-average period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="83"/>
        <source>BUY needs volume &gt;= this x its average (0 = off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="84"/>
        <source>ATR stop distance in ATRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="85"/>
        <source>gain in ATRs before the trailing stop starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="86"/>
        <source>trailing stop distance in ATRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="87"/>
        <source>largest Kelly fraction of equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="88"/>
        <source>fraction of equity until Kelly has enough trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="89"/>
        <source>closed trades before Kelly sizing is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="90"/>
        <source>Kelly sizing uses the last this-many closed trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="91"/>
        <source>share of equity a stop-out may lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="92"/>
        <source>largest order in KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="93"/>
        <source>daily loss limit, share of the day&apos;s starting equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="94"/>
        <source>daily loss limit in KRW (0 = off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="95"/>
        <source>largest share of equity in all positions together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="96"/>
        <source>most markets held at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="97"/>
        <source>1: sell a position when its market is designated warning (유의)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="98"/>
        <source>1: no new entry in a market with a caution flag (주의)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="110"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="114"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="115"/>
        <source>Strategy and risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="116"/>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="117"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="154"/>
        <source>Asking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="161"/>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="165"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="970"/>
        <source>Not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="171"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="970"/>
        <source>✓ Stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="212"/>
        <source>Set by --%1 on the command line; that value wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="213"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="694"/>
        <source>Set by %1 in the environment; that value wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="268"/>
        <source>Replay (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="273"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="279"/>
        <source>Adds a market from the exchange&apos;s list to the markets traded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="307"/>
        <source>Markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="310"/>
        <source>Off: trade the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="311"/>
        <source>Top N by traded value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="317"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="66"/>
        <source> markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="337"/>
        <source>Universe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="340"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="411"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="341"/>
        <source>Universe chosen again every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="354"/>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="355"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="356"/>
        <source>Timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="359"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="375"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="360"/>
        <source>Loop interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="364"/>
        <source>Market data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="368"/>
        <source>Real time (WebSocket; polling while it is down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="369"/>
        <source>Polling only (REST, every loop interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="370"/>
        <source>Paper trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="371"/>
        <source>No real orders (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="372"/>
        <source>Live: KRW per buy order, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="376"/>
        <source>Live: cancel open orders after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="380"/>
        <source>Paper account start (KRW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="381"/>
        <source>Database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="382"/>
        <source>Log level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="389"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="390"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="394"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="401"/>
        <source> in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="402"/>
        <source>Failures before ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="419"/>
        <source>After a network outage only: start again by itself once the exchange answers, this many minutes after the ERROR at the earliest. Never after a key, database or risk error or the kill switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="422"/>
        <source>Restart after a network outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="424"/>
        <source>Closing the window keeps autocoin in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="426"/>
        <source>Start autocoin when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="428"/>
        <source>Opens autocoin at login; trading starts only when you press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="449"/>
        <source>Add a market…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="500"/>
        <source>lists %1 markets; at most %2 can be traded at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="513"/>
        <source>entry %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="515"/>
        <source>entry %1 &quot;%2&quot; is not a KRW market code such as KRW-BTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="517"/>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="537"/>
        <source>Conservative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="538"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="539"/>
        <source>Aggressive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="542"/>
        <source>Sets the risk per trade, position sizes, stop distance, daily loss limit, exposure and market limits; Save applies them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="548"/>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="650"/>
        <source>Keys are kept in the system keychain, never in the settings file or the log. Give them only the permissions autocoin needs (view balances, place orders) and allow only this computer&apos;s IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="656"/>
        <source>Upbit access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="657"/>
        <source>Upbit secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="658"/>
        <source>Bithumb API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="659"/>
        <source>Bithumb API secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="693"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="982"/>
        <source>NOT stored: the keychain refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="999"/>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="1105"/>
        <source>Nothing to test: give a Telegram bot token and a chat id, or a Discord webhook URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="1116"/>
        <source>Telegram chat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="1120"/>
        <source>%1: sent ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="1122"/>
        <source>%1: no answer (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="1124"/>
        <source>%1: refused, HTTP %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="1131"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="1132"/>
        <source>autocoin: a test message from the settings. Notifications reach this chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="662"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="727"/>
        <source>Alerts go to your phone: state changes, fills, the daily loss limit, the kill switch, reconciliation notices, warnings on markets held, an expiring API key and a daily summary. The bot token and the webhook are kept in the system keychain. Changes here take effect at the next start of autocoin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="735"/>
        <source>Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="736"/>
        <source>Bot token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="738"/>
        <source>The token BotFather gave for your bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="740"/>
        <source>Who gets alerts and may send commands (/status, /stop, …): chat ids, comma-separated. Anyone else gets no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="742"/>
        <source>Chat ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="744"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="1117"/>
        <source>Discord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="745"/>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="749"/>
        <source>What is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="750"/>
        <source>Paper fills too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="757"/>
        <source>HH:MM in the app&apos;s time zone, or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="758"/>
        <source>Daily summary at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="760"/>
        <source>Send a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="770"/>
        <source>Local control API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="771"/>
        <source>For scripts and monitoring on this computer: GET /api/engine/status, POST /api/engine/start|stop|reset and more, each with the header Authorization: Bearer &lt;token&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="412"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="780"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="27"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="34"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="59"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="62"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="83"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="786"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="788"/>
        <source>Listen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="789"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="792"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="794"/>
        <source>A new random token (256 bits); save to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="800"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="802"/>
        <source>Copies the token to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="914"/>
        <source>not a KRW market of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="926"/>
        <source>Switching to LIVE trading: autocoin will place real orders with real money on %1 (%2), at most %3 KRW per buy order. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="930"/>
        <source>Live trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="933"/>
        <source>Live trading was not confirmed: still paper trading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="972"/>
        <source>Keys stored in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="976"/>
        <source>The keys were NOT stored (%1). They are used until autocoin closes, then lost. Start a keychain (Secret Service, KWallet) and save again, or give them in the environment (UPBIT_ACCESS_KEY, UPBIT_SECRET_KEY, BITHUMB_API_KEY, BITHUMB_API_SECRET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="1067"/>
        <source>Asking %1 for the balances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="18"/>
        <source>Fast EMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="19"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="21"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="23"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="31"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="36"/>
        <source> candles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="20"/>
        <source>Slow EMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="25"/>
        <source>RSI overbought (no buy above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="26"/>
        <source>RSI floor (no buy below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="28"/>
        <source>RSI exit (sell above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="30"/>
        <source>Volume average period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="32"/>
        <source>Volume needed for a buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="33"/>
        <source> × average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="37"/>
        <source>Stop distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="38"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="41"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="43"/>
        <source> × ATR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="40"/>
        <source>Trailing stop starts after a gain of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="42"/>
        <source>Trailing stop distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="44"/>
        <source>Risk per trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="45"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="47"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="49"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="64"/>
        <source> % of equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="46"/>
        <source>Largest position (Kelly cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="48"/>
        <source>Position size at first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="51"/>
        <source>Trades before Kelly sizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="52"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="54"/>
        <source> trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="53"/>
        <source>Kelly sizing looks back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="55"/>
        <source>Largest order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="56"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="61"/>
        <source> KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="57"/>
        <source>Daily loss limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="58"/>
        <source> % of the day&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="60"/>
        <source>Daily loss limit in KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="63"/>
        <source>Most in positions together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="65"/>
        <source>Most markets held at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="68"/>
        <source>Sell when the market is designated warning (유의)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="71"/>
        <source>No new entry in a market with a caution flag (주의)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="503"/>
        <source>must be a number of KRW from %1 to %2 (the commas between thousands are optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="82"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::StateBadge</name>
    <message>
        <location filename="../ui/status/StateBadge.cpp" line="15"/>
        <source>KILL SWITCH ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StateBadge.cpp" line="17"/>
        <source>%1 · kill switch on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::StatusPanel</name>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="86"/>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="36"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="37"/>
        <source>Paper Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="47"/>
        <source>Thread Alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="44"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="39"/>
        <location filename="../ui/status/StatusPanel.cpp" line="181"/>
        <location filename="../ui/status/StatusPanel.cpp" line="182"/>
        <source>Last Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="42"/>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="43"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="45"/>
        <source>Iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="46"/>
        <source>Failures / Max Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="48"/>
        <location filename="../ui/status/StatusPanel.cpp" line="208"/>
        <source>Last Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="54"/>
        <source>Markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="57"/>
        <source>Market Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="170"/>
        <source>Yes (paper trading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="170"/>
        <source>No — LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="172"/>
        <location filename="../ui/status/StatusPanel.cpp" line="214"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="172"/>
        <location filename="../ui/status/StatusPanel.cpp" line="214"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="192"/>
        <source>trailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="208"/>
        <source>Stopped by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="212"/>
        <source>Iteration: %1
Thread alive: %2
Failures: %3 / %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::WatchlistModel</name>
    <message>
        <location filename="../ui/portfolio/WatchlistModel.cpp" line="59"/>
        <source>no longer traded: managed until the position is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/WatchlistModel.cpp" line="146"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/WatchlistModel.cpp" line="148"/>
        <source>Last price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/WatchlistModel.cpp" line="150"/>
        <source>24 h change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/WatchlistModel.cpp" line="152"/>
        <source>Last signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/WatchlistModel.cpp" line="154"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/WatchlistModel.cpp" line="156"/>
        <source>Average price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/WatchlistModel.cpp" line="158"/>
        <source>Unrealised PnL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/WatchlistModel.cpp" line="160"/>
        <source>Unrealised %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::WhyPanel</name>
    <message>
        <location filename="../ui/why/WhyPanel.cpp" line="138"/>
        <source>Why no trade?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/why/WhyPanel.cpp" line="138"/>
        <source>Why no trade? — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::WhyText</name>
    <message>
        <location filename="../ui/why/WhyText.cpp" line="35"/>
        <source>No decision yet for this market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/why/WhyText.cpp" line="46"/>
        <source>Last decision %1 · next decision %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/why/WhyText.cpp" line="50"/>
        <source>Last decision %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>autocoin::BacktestView</name>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="68"/>
        <location filename="../ui/backtest/BacktestView.cpp" line="121"/>
        <source>Candle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="68"/>
        <source>Candles (*.csv *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="100"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="101"/>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="102"/>
        <source>Trades on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="122"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="123"/>
        <source>Only the days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="124"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="125"/>
        <source>name=value …, e.g. ema-fast=9 ema-slow=21 (others: the defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="126"/>
        <source>Starting KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="127"/>
        <source>Run backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="128"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="129"/>
        <source>Apply to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="195"/>
        <source>Starting KRW must be a number of at least 5,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="208"/>
        <source>No candles in that period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backtest/BacktestView.cpp" line="215"/>
        <source>Running over %n candle(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="245"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="253"/>
        <source>Done: %1 round trips, final equity %2 KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="276"/>
        <source>Parameters sent to the engine; they apply from the next candle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::EquityChart</name>
    <message>
        <location filename="../ui/chart/EquityChart.cpp" line="59"/>
        <source>Equity (KRW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/EquityChart.cpp" line="60"/>
        <source>Drawdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::HistoryPanel</name>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="92"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="92"/>
        <source>Trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="92"/>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="92"/>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="92"/>
        <source>Daily PnL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="95"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="97"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="95"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="97"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="99"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="101"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="95"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="97"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="95"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="95"/>
        <source>Price / KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="95"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="96"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="96"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="98"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="100"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="96"/>
        <source>Client order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="96"/>
        <source>Exchange id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="97"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="101"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="97"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="99"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="97"/>
        <source>Total KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="97"/>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="98"/>
        <source>Order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="99"/>
        <source>Entry time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="99"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="99"/>
        <source>Average price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="100"/>
        <source>Last price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="100"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="103"/>
        <source>Unrealised PnL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="100"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="101"/>
        <source>Candle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="101"/>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="101"/>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="101"/>
        <source>EMA fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="102"/>
        <source>EMA slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="102"/>
        <source>RSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="102"/>
        <source>ATR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="102"/>
        <source>Risk KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="102"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="103"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="103"/>
        <source>Realised PnL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="103"/>
        <source>Total equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="103"/>
        <source>Return %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="130"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="154"/>
        <source>buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="130"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="154"/>
        <source>sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="135"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="159"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="183"/>
        <source>paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="135"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="159"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="183"/>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::HistoryView</name>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="135"/>
        <location filename="../ui/history/HistoryView.cpp" line="140"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="135"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="148"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="149"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="150"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="152"/>
        <location filename="../ui/history/HistoryView.cpp" line="188"/>
        <source>All markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/HistoryView.cpp" line="153"/>
        <location filename="../ui/history/HistoryView.cpp" line="183"/>
        <location filename="../ui/history/HistoryView.cpp" line="202"/>
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="209"/>
        <location filename="../ui/history/HistoryView.cpp" line="223"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::LogModel</name>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="81"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="83"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="85"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="87"/>
        <source>Message</source>
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
        <location filename="../ui/main/MainWindow.cpp" line="108"/>
        <source>Paper account reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="108"/>
        <source>Paper account not reset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="113"/>
        <source>Live fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="114"/>
        <source>%1 %2 %3 at %4 KRW (fee %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="115"/>
        <source>Bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="115"/>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="119"/>
        <source>Daily loss limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="119"/>
        <source>No new entries until tomorrow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="237"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="238"/>
        <source>Start the engine (IDLE → RUNNING)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="239"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="240"/>
        <source>Stop the engine after the current iteration (RUNNING → STOPPING → IDLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="241"/>
        <source>R&amp;eset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="242"/>
        <source>Clear the error and the failure count (ERROR → IDLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="243"/>
        <source>Reset &amp;paper account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="244"/>
        <source>Start the paper account again with its starting balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="245"/>
        <source>&amp;Kill switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="246"/>
        <source>Emergency stop: cancel open orders, sell the position, block new entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="247"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="248"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="249"/>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="250"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="251"/>
        <source>&amp;Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="253"/>
        <source>Show autocoin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="254"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="255"/>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="256"/>
        <source>Backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="257"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="298"/>
        <source>PAPER_MODE is off: autocoin will place REAL orders with REAL money on %1 (%2).

Each buy order spends at most %3 KRW. Open orders are cancelled after %4 seconds.

Start live trading?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="303"/>
        <source>Live trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="304"/>
        <source>Live trading not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="314"/>
        <source>Kill switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="314"/>
        <source>Cancel every open order, sell the position at market and block new entries until Reset?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="360"/>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="363"/>
        <source>Settings saved; exchange, market and timing apply after Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="370"/>
        <source>Start the paper account again with %1 KRW? Earlier paper trades stay in the history but no longer count; open paper positions are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="373"/>
        <source>Reset paper account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="379"/>
        <source>autocoin engine stopped with an error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::PriceChart</name>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="196"/>
        <source>EMA fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="197"/>
        <source>EMA slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="198"/>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="199"/>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="200"/>
        <source>Follow latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="201"/>
        <source>Wheel or +/− to zoom, drag or ←/→ to pan, End for the newest candle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="202"/>
        <source>RSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="216"/>
        <location filename="../ui/chart/PriceChart.cpp" line="217"/>
        <source>EMA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="255"/>
        <source>Trailing stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="255"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="80"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="84"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="85"/>
        <source>Strategy and risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="86"/>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="143"/>
        <source>Set by --%1 on the command line; that value wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="144"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="317"/>
        <source>Set by %1 in the environment; that value wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="182"/>
        <source>Replay (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="183"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="187"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="206"/>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="207"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="208"/>
        <source>Timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="211"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="221"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="212"/>
        <source>Loop interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="216"/>
        <source>Paper trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="217"/>
        <source>No real orders (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="218"/>
        <source>Live: KRW per buy order, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="222"/>
        <source>Live: cancel open orders after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="226"/>
        <source>Paper account start (KRW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="227"/>
        <source>Database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="228"/>
        <source>Log level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="234"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="235"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="238"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="240"/>
        <source>Closing the window keeps autocoin in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="256"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="295"/>
        <source>Keys are kept in the system keychain, never in the settings file or the log. Give them only the permissions autocoin needs (view balances, place orders) and allow only this computer&apos;s IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="301"/>
        <source>Upbit access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="302"/>
        <source>Upbit secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="303"/>
        <source>Bithumb API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="304"/>
        <source>Bithumb API secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="315"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="323"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="426"/>
        <source>Switching to LIVE trading: autocoin will place real orders with real money on %1 (%2), at most %3 KRW per buy order. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="429"/>
        <source>Live trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="432"/>
        <source>Live trading was not confirmed: still paper trading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="452"/>
        <source>Keys stored in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="452"/>
        <source>The keys were NOT stored (%1). They are used until autocoin closes, then lost. Start a keychain (Secret Service, KWallet) and save again, or give them in the environment (UPBIT_ACCESS_KEY, UPBIT_SECRET_KEY, BITHUMB_API_KEY, BITHUMB_API_SECRET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="491"/>
        <source>Asking %1 for the balances…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::StatusPanel</name>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="60"/>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="33"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="34"/>
        <source>Paper Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="41"/>
        <source>Thread Alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="37"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="38"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="35"/>
        <source>Last Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="36"/>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="39"/>
        <source>Iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="40"/>
        <source>Failures / Max Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="42"/>
        <source>Last Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="86"/>
        <source>Yes (paper trading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="86"/>
        <source>No — LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="88"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="88"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

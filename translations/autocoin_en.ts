<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <location filename="../ui/log/LogView.cpp" line="84"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/log/LogView.cpp" line="86"/>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="82"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="84"/>
        <source>Start the engine (IDLE → RUNNING)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="88"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="90"/>
        <source>Stop the engine after the current iteration (RUNNING → STOPPING → IDLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="94"/>
        <source>R&amp;eset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="96"/>
        <source>Clear the error and the failure count (ERROR → IDLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="99"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="108"/>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="123"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="125"/>
        <source>&amp;Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="131"/>
        <source>Show autocoin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="156"/>
        <source>autocoin engine stopped with an error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autocoin::StatusPanel</name>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="26"/>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="31"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="32"/>
        <source>Paper Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="33"/>
        <source>Thread Alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="34"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="35"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="36"/>
        <source>Last Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="37"/>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="38"/>
        <source>Iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="39"/>
        <source>Failures / Max Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="40"/>
        <source>Last Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="72"/>
        <source>Yes (paper trading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="72"/>
        <source>No — LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="74"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="74"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

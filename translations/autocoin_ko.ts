<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>autocoin::LogModel</name>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="81"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="83"/>
        <source>Level</source>
        <translation>레벨</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="85"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="87"/>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
</context>
<context>
    <name>autocoin::LogView</name>
    <message>
        <location filename="../ui/log/LogView.cpp" line="84"/>
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <location filename="../ui/log/LogView.cpp" line="86"/>
        <source>Level:</source>
        <translation>레벨:</translation>
    </message>
</context>
<context>
    <name>autocoin::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="82"/>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="84"/>
        <source>Start the engine (IDLE → RUNNING)</source>
        <translation>엔진 시작 (IDLE → RUNNING)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="88"/>
        <source>S&amp;top</source>
        <translation>중지(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="90"/>
        <source>Stop the engine after the current iteration (RUNNING → STOPPING → IDLE)</source>
        <translation>현재 반복을 마친 뒤 엔진 중지 (RUNNING → STOPPING → IDLE)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="94"/>
        <source>R&amp;eset</source>
        <translation>리셋(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="96"/>
        <source>Clear the error and the failure count (ERROR → IDLE)</source>
        <translation>오류와 실패 횟수 초기화 (ERROR → IDLE)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="99"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="108"/>
        <source>Engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="123"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="125"/>
        <source>&amp;Engine</source>
        <translation>엔진(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="131"/>
        <source>Show autocoin</source>
        <translation>autocoin 보이기</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="156"/>
        <source>autocoin engine stopped with an error</source>
        <translation>autocoin 엔진이 오류로 멈췄습니다</translation>
    </message>
</context>
<context>
    <name>autocoin::StatusPanel</name>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="26"/>
        <source>Engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="31"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="32"/>
        <source>Paper Mode</source>
        <translation>모의 거래</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="33"/>
        <source>Thread Alive</source>
        <translation>스레드 동작</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="34"/>
        <source>Exchange</source>
        <translation>거래소</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="35"/>
        <source>Market</source>
        <translation>마켓</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="36"/>
        <source>Last Price</source>
        <translation>현재가</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="37"/>
        <source>Signal</source>
        <translation>신호</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="38"/>
        <source>Iteration</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="39"/>
        <source>Failures / Max Failures</source>
        <translation>실패 / 최대 실패</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="40"/>
        <source>Last Error</source>
        <translation>최근 오류</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="72"/>
        <source>Yes (paper trading)</source>
        <translation>예 (모의 거래)</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="72"/>
        <source>No — LIVE</source>
        <translation>아니오 — 실거래</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="74"/>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="74"/>
        <source>No</source>
        <translation>아니오</translation>
    </message>
</context>
</TS>

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>autocoin::BacktestView</name>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="68" />
        <location filename="../ui/backtest/BacktestView.cpp" line="121" />
        <source>Candle file</source>
        <translation>캔들 파일</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="68" />
        <source>Candles (*.csv *.json)</source>
        <translation>캔들 (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="100" />
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="101" />
        <source>Equity</source>
        <translation>자산</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="102" />
        <source>Trades on the chart</source>
        <translation>차트의 거래</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="122" />
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="123" />
        <source>Only the days</source>
        <translation>기간 지정</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="124" />
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="125" />
        <source>name=value …, e.g. ema-fast=9 ema-slow=21 (others: the defaults)</source>
        <translation>이름=값 …, 예: ema-fast=9 ema-slow=21 (나머지는 기본값)</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="126" />
        <source>Starting KRW</source>
        <translation>시작 금액 (KRW)</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="127" />
        <source>Run backtest</source>
        <translation>백테스트 실행</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="128" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="129" />
        <source>Apply to live</source>
        <translation>실전에 적용</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="195" />
        <source>Starting KRW must be a number of at least 5,000</source>
        <translation>시작 금액은 5,000 이상의 숫자여야 합니다</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="208" />
        <source>No candles in that period</source>
        <translation>해당 기간에 캔들이 없습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backtest/BacktestView.cpp" line="215" />
        <source>Running over %n candle(s)…</source>
        <translation>
            <numerusform>캔들 %n개로 실행 중…</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="245" />
        <source>Cancelled</source>
        <translation>취소했습니다</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="253" />
        <source>Done: %1 round trips, final equity %2 KRW</source>
        <translation>완료: 왕복 거래 %1회, 최종 자산 %2 KRW</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="276" />
        <source>Parameters sent to the engine; they apply from the next candle</source>
        <translation>파라미터를 엔진에 보냈습니다. 다음 캔들부터 적용됩니다</translation>
    </message>
</context>
<context>
    <name>autocoin::EquityChart</name>
    <message>
        <location filename="../ui/chart/EquityChart.cpp" line="59" />
        <source>Equity (KRW)</source>
        <translation>자산 (KRW)</translation>
    </message>
    <message>
        <location filename="../ui/chart/EquityChart.cpp" line="60" />
        <source>Drawdown</source>
        <translation>낙폭</translation>
    </message>
</context>
<context>
    <name>autocoin::HistoryPanel</name>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="92" />
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="92" />
        <source>Trades</source>
        <translation>체결</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="92" />
        <source>Positions</source>
        <translation>포지션</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="92" />
        <source>Signals</source>
        <translation>신호</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="92" />
        <source>Daily PnL</source>
        <translation>일별 손익</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="95" />
        <location filename="../ui/history/HistoryPanel.cpp" line="97" />
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="95" />
        <location filename="../ui/history/HistoryPanel.cpp" line="97" />
        <location filename="../ui/history/HistoryPanel.cpp" line="99" />
        <location filename="../ui/history/HistoryPanel.cpp" line="101" />
        <source>Market</source>
        <translation>마켓</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="95" />
        <location filename="../ui/history/HistoryPanel.cpp" line="97" />
        <source>Side</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="95" />
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="95" />
        <source>Price / KRW</source>
        <translation>가격 / KRW</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="95" />
        <source>Volume</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="96" />
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="96" />
        <location filename="../ui/history/HistoryPanel.cpp" line="98" />
        <location filename="../ui/history/HistoryPanel.cpp" line="100" />
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="96" />
        <source>Client order id</source>
        <translation>클라이언트 주문 ID</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="96" />
        <source>Exchange id</source>
        <translation>거래소 주문 ID</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="97" />
        <location filename="../ui/history/HistoryPanel.cpp" line="101" />
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="97" />
        <location filename="../ui/history/HistoryPanel.cpp" line="99" />
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="97" />
        <source>Total KRW</source>
        <translation>총액 (KRW)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="97" />
        <source>Fee</source>
        <translation>수수료</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="98" />
        <source>Order id</source>
        <translation>주문 ID</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="99" />
        <source>Entry time</source>
        <translation>진입 시간</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="99" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="99" />
        <source>Average price</source>
        <translation>평균 단가</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="100" />
        <source>Last price</source>
        <translation>현재가</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="100" />
        <location filename="../ui/history/HistoryPanel.cpp" line="103" />
        <source>Unrealised PnL</source>
        <translation>미실현 손익</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="100" />
        <source>Stop</source>
        <translation>손절가</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="101" />
        <source>Candle</source>
        <translation>캔들</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="101" />
        <source>Signal</source>
        <translation>신호</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="101" />
        <source>Strength</source>
        <translation>강도</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="101" />
        <source>EMA fast</source>
        <translation>단기 EMA</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="102" />
        <source>EMA slow</source>
        <translation>장기 EMA</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="102" />
        <source>RSI</source>
        <translation>RSI</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="102" />
        <source>ATR</source>
        <translation>ATR</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="102" />
        <source>Risk KRW</source>
        <translation>위험 금액 (KRW)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="102" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="103" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="103" />
        <source>Realised PnL</source>
        <translation>실현 손익</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="103" />
        <source>Total equity</source>
        <translation>총 자산</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="103" />
        <source>Return %</source>
        <translation>수익률 %</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="130" />
        <location filename="../ui/history/HistoryPanel.cpp" line="154" />
        <source>buy</source>
        <translation>매수</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="130" />
        <location filename="../ui/history/HistoryPanel.cpp" line="154" />
        <source>sell</source>
        <translation>매도</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="135" />
        <location filename="../ui/history/HistoryPanel.cpp" line="159" />
        <location filename="../ui/history/HistoryPanel.cpp" line="183" />
        <source>paper</source>
        <translation>모의</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="135" />
        <location filename="../ui/history/HistoryPanel.cpp" line="159" />
        <location filename="../ui/history/HistoryPanel.cpp" line="183" />
        <source>live</source>
        <translation>실거래</translation>
    </message>
</context>
<context>
    <name>autocoin::HistoryView</name>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="135" />
        <location filename="../ui/history/HistoryView.cpp" line="140" />
        <source>Export CSV</source>
        <translation>CSV 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="135" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="148" />
        <source>Market</source>
        <translation>마켓</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="149" />
        <source>Dates</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="150" />
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="152" />
        <location filename="../ui/history/HistoryView.cpp" line="188" />
        <source>All markets</source>
        <translation>모든 마켓</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/HistoryView.cpp" line="153" />
        <location filename="../ui/history/HistoryView.cpp" line="183" />
        <location filename="../ui/history/HistoryView.cpp" line="202" />
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n행</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="209" />
        <location filename="../ui/history/HistoryView.cpp" line="223" />
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>autocoin::LogModel</name>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="81" />
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="83" />
        <source>Level</source>
        <translation>레벨</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="85" />
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="87" />
        <source>Message</source>
        <translation>메시지</translation>
    </message>
</context>
<context>
    <name>autocoin::LogView</name>
    <message>
        <source>Log</source>
        <translation type="vanished">로그</translation>
    </message>
    <message>
        <location filename="../ui/log/LogView.cpp" line="100" />
        <source>Level:</source>
        <translation>레벨:</translation>
    </message>
</context>
<context>
    <name>autocoin::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="108" />
        <source>Paper account reset</source>
        <translation>모의 계좌를 초기화했습니다</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="108" />
        <source>Paper account not reset: %1</source>
        <translation>모의 계좌를 초기화하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="113" />
        <source>Live fill</source>
        <translation>실거래 체결</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="114" />
        <source>%1 %2 %3 at %4 KRW (fee %5)</source>
        <translation>%1 %2 %3, 가격 %4 KRW (수수료 %5)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="115" />
        <source>Bought</source>
        <translation>매수</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="115" />
        <source>Sold</source>
        <translation>매도</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="119" />
        <source>Daily loss limit reached</source>
        <translation>일일 손실 한도 도달</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="119" />
        <source>No new entries until tomorrow: %1</source>
        <translation>내일까지 신규 진입을 하지 않습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="237" />
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="238" />
        <source>Start the engine (IDLE → RUNNING)</source>
        <translation>엔진 시작 (IDLE → RUNNING)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="239" />
        <source>S&amp;top</source>
        <translation>중지(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="240" />
        <source>Stop the engine after the current iteration (RUNNING → STOPPING → IDLE)</source>
        <translation>현재 반복을 마친 뒤 엔진 중지 (RUNNING → STOPPING → IDLE)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="241" />
        <source>R&amp;eset</source>
        <translation>리셋(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="242" />
        <source>Clear the error and the failure count (ERROR → IDLE)</source>
        <translation>오류와 실패 횟수 초기화 (ERROR → IDLE)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="243" />
        <source>Reset &amp;paper account…</source>
        <translation>모의 계좌 초기화(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="244" />
        <source>Start the paper account again with its starting balance</source>
        <translation>시작 잔고로 모의 계좌를 다시 시작합니다</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="245" />
        <source>&amp;Kill switch</source>
        <translation>긴급 정지(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="246" />
        <source>Emergency stop: cancel open orders, sell the position, block new entries</source>
        <translation>긴급 정지: 미체결 주문 취소, 포지션 매도, 신규 진입 차단</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="247" />
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="248" />
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="249" />
        <source>Engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="250" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="251" />
        <source>&amp;Engine</source>
        <translation>엔진(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="253" />
        <source>Show autocoin</source>
        <translation>autocoin 보이기</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="254" />
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="255" />
        <source>Equity</source>
        <translation>자산</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="256" />
        <source>Backtest</source>
        <translation>백테스트</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="257" />
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="298" />
        <source>PAPER_MODE is off: autocoin will place REAL orders with REAL money on %1 (%2).

Each buy order spends at most %3 KRW. Open orders are cancelled after %4 seconds.

Start live trading?</source>
        <translation>PAPER_MODE가 꺼져 있습니다: autocoin이 %1 (%2)에서 실제 돈으로 실제 주문을 냅니다.

매수 주문 1건은 최대 %3 KRW입니다. 미체결 주문은 %4초 후 취소됩니다.

실거래를 시작할까요?</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="303" />
        <source>Live trading</source>
        <translation>실거래</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="304" />
        <source>Live trading not started</source>
        <translation>실거래를 시작하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="314" />
        <source>Kill switch</source>
        <translation>긴급 정지</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="314" />
        <source>Cancel every open order, sell the position at market and block new entries until Reset?</source>
        <translation>모든 미체결 주문을 취소하고, 포지션을 시장가로 매도하고, 초기화할 때까지 신규 진입을 막을까요?</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="360" />
        <source>Settings saved</source>
        <translation>설정을 저장했습니다</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="363" />
        <source>Settings saved; exchange, market and timing apply after Stop</source>
        <translation>설정을 저장했습니다. 거래소, 마켓, 주기는 정지 후 적용됩니다</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="370" />
        <source>Start the paper account again with %1 KRW? Earlier paper trades stay in the history but no longer count; open paper positions are closed.</source>
        <translation>%1 KRW로 모의 계좌를 다시 시작할까요? 이전 모의 거래는 기록에 남지만 더 이상 계산에 포함되지 않으며, 열린 모의 포지션은 닫힙니다.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="373" />
        <source>Reset paper account</source>
        <translation>모의 계좌 초기화</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="379" />
        <source>autocoin engine stopped with an error</source>
        <translation>autocoin 엔진이 오류로 멈췄습니다</translation>
    </message>
</context>
<context>
    <name>autocoin::PriceChart</name>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="196" />
        <source>EMA fast</source>
        <translation>단기 EMA</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="197" />
        <source>EMA slow</source>
        <translation>장기 EMA</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="198" />
        <source>Buy</source>
        <translation>매수</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="199" />
        <source>Sell</source>
        <translation>매도</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="200" />
        <source>Follow latest</source>
        <translation>최신 따라가기</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="201" />
        <source>Wheel or +/− to zoom, drag or ←/→ to pan, End for the newest candle</source>
        <translation>휠 또는 +/−: 확대/축소, 드래그 또는 ←/→: 이동, End: 최신 캔들</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="202" />
        <source>RSI</source>
        <translation>RSI</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="216" />
        <location filename="../ui/chart/PriceChart.cpp" line="217" />
        <source>EMA %1</source>
        <translation>EMA %1</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="255" />
        <source>Trailing stop</source>
        <translation>추적 손절가</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="255" />
        <source>Stop</source>
        <translation>손절가</translation>
    </message>
</context>
<context>
    <name>autocoin::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="80" />
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="84" />
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="85" />
        <source>Strategy and risk</source>
        <translation>전략 및 위험</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="86" />
        <source>API keys</source>
        <translation>API 키</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="143" />
        <source>Set by --%1 on the command line; that value wins.</source>
        <translation>명령줄의 --%1 값이 우선 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="144" />
        <location filename="../ui/settings/SettingsDialog.cpp" line="317" />
        <source>Set by %1 in the environment; that value wins.</source>
        <translation>환경 변수 %1 값이 우선 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="182" />
        <source>Replay (offline)</source>
        <translation>리플레이 (오프라인)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="183" />
        <source>Exchange</source>
        <translation>거래소</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="187" />
        <source>Market</source>
        <translation>마켓</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="206" />
        <source>%1 minutes</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="207" />
        <source>1 day</source>
        <translation>1일</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="208" />
        <source>Timeframe</source>
        <translation>캔들 주기</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="211" />
        <location filename="../ui/settings/SettingsDialog.cpp" line="221" />
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="212" />
        <source>Loop interval</source>
        <translation>조회 주기</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="216" />
        <source>Paper trading</source>
        <translation>모의 거래</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="217" />
        <source>No real orders (recommended)</source>
        <translation>실제 주문 없음 (권장)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="218" />
        <source>Live: KRW per buy order, at most</source>
        <translation>실거래: 매수 주문당 최대 KRW</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="222" />
        <source>Live: cancel open orders after</source>
        <translation>실거래: 미체결 주문 취소 시간</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="226" />
        <source>Paper account start (KRW)</source>
        <translation>모의 계좌 시작 금액 (KRW)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="227" />
        <source>Database URL</source>
        <translation>데이터베이스 URL</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="228" />
        <source>Log level</source>
        <translation>로그 수준</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="234" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="235" />
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="238" />
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="240" />
        <source>Closing the window keeps autocoin in the tray</source>
        <translation>창을 닫아도 트레이에서 계속 실행</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="256" />
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="295" />
        <source>Keys are kept in the system keychain, never in the settings file or the log. Give them only the permissions autocoin needs (view balances, place orders) and allow only this computer's IP address.</source>
        <translation>키는 시스템 키체인에만 보관되며 설정 파일이나 로그에는 절대 기록되지 않습니다. autocoin에 필요한 권한(잔고 조회, 주문)만 주고 이 컴퓨터의 IP 주소만 허용하세요.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="301" />
        <source>Upbit access key</source>
        <translation>업비트 Access 키</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="302" />
        <source>Upbit secret key</source>
        <translation>업비트 Secret 키</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="303" />
        <source>Bithumb API key</source>
        <translation>빗썸 API 키</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="304" />
        <source>Bithumb API secret</source>
        <translation>빗썸 API Secret</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="315" />
        <source>from %1</source>
        <translation>%1에서</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="323" />
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="426" />
        <source>Switching to LIVE trading: autocoin will place real orders with real money on %1 (%2), at most %3 KRW per buy order. Continue?</source>
        <translation>실거래로 전환합니다: autocoin이 %1 (%2)에서 매수 주문당 최대 %3 KRW로 실제 돈을 사용해 주문합니다. 계속할까요?</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="429" />
        <source>Live trading</source>
        <translation>실거래</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="432" />
        <source>Live trading was not confirmed: still paper trading.</source>
        <translation>실거래가 확인되지 않아 모의 거래를 유지합니다.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="452" />
        <source>Keys stored in %1.</source>
        <translation>키를 %1에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="452" />
        <source>The keys were NOT stored (%1). They are used until autocoin closes, then lost. Start a keychain (Secret Service, KWallet) and save again, or give them in the environment (UPBIT_ACCESS_KEY, UPBIT_SECRET_KEY, BITHUMB_API_KEY, BITHUMB_API_SECRET).</source>
        <translation>키가 저장되지 않았습니다 (%1). autocoin을 닫을 때까지만 쓰이고 그 뒤에는 사라집니다. 키체인(Secret Service, KWallet)을 실행한 뒤 다시 저장하거나, 환경 변수로 지정하세요 (UPBIT_ACCESS_KEY, UPBIT_SECRET_KEY, BITHUMB_API_KEY, BITHUMB_API_SECRET).</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="491" />
        <source>Asking %1 for the balances…</source>
        <translation>%1에 잔고를 조회하는 중…</translation>
    </message>
</context>
<context>
    <name>autocoin::StatusPanel</name>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="60" />
        <source>Engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="33" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="34" />
        <source>Paper Mode</source>
        <translation>모의 거래</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="41" />
        <source>Thread Alive</source>
        <translation>스레드 동작</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="37" />
        <source>Exchange</source>
        <translation>거래소</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="38" />
        <source>Market</source>
        <translation>마켓</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="35" />
        <source>Last Price</source>
        <translation>현재가</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="36" />
        <source>Signal</source>
        <translation>신호</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="39" />
        <source>Iteration</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="40" />
        <source>Failures / Max Failures</source>
        <translation>실패 / 최대 실패</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="42" />
        <source>Last Error</source>
        <translation>최근 오류</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="86" />
        <source>Yes (paper trading)</source>
        <translation>예 (모의 거래)</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="86" />
        <source>No — LIVE</source>
        <translation>아니오 — 실거래</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="88" />
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="88" />
        <source>No</source>
        <translation>아니오</translation>
    </message>
</context>
</TS>
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="395"/>
        <source>The control API was not started: %1</source>
        <translation>제어 API를 시작하지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>autocoin::AccountBand</name>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="21"/>
        <source>%1 KRW</source>
        <extracomment>An amount of won after the number: &quot;1,234,568원&quot;</extracomment>
        <translation>%1원</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="92"/>
        <source>Total equity</source>
        <translation>총 보유자산</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="92"/>
        <source>KRW cash</source>
        <translation>보유 KRW</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="92"/>
        <source>Coins value</source>
        <translation>코인 평가금액</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="93"/>
        <source>Unrealised PnL</source>
        <translation>미실현 손익</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="93"/>
        <source>Today realised</source>
        <translation>오늘 실현 손익</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="93"/>
        <source>Total since start</source>
        <translation>누적 손익</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="116"/>
        <source>PAPER</source>
        <translation>모의</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="116"/>
        <source>LIVE</source>
        <translation>실거래</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="117"/>
        <source>Paper trading: simulated orders, no real money</source>
        <translation>모의 투자: 가상 주문이며 실제 돈은 쓰지 않습니다</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="118"/>
        <source>Live trading: real orders with real money</source>
        <translation>실거래: 실제 돈으로 실제 주문을 냅니다</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="135"/>
        <source>The account is valued by the engine once it runs</source>
        <translation>엔진이 실행되면 계좌를 평가합니다</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="153"/>
        <source>Realised %1 + unrealised %2 since the account started</source>
        <translation>계좌 시작 이후 실현 %1 + 미실현 %2</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="131"/>
        <source>The paper account as stored (coins at what they cost): the engine values it once it runs</source>
        <translation>저장된 모의 계좌입니다 (코인은 매수 원가 기준). 엔진이 실행되면 평가합니다</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AccountBand.cpp" line="136"/>
        <source>The paper account could not be read: %1</source>
        <translation>모의 계좌를 읽지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>autocoin::Autostart</name>
    <message>
        <location filename="../ui/platform/Autostart.cpp" line="39"/>
        <source>cannot create the folder %1</source>
        <translation>폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/platform/Autostart.cpp" line="43"/>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/platform/Autostart.cpp" line="93"/>
        <source>cannot write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/platform/Autostart.cpp" line="98"/>
        <source>cannot remove %1</source>
        <translation>%1을(를) 지울 수 없습니다</translation>
    </message>
</context>
<context>
    <name>autocoin::BacktestView</name>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="79"/>
        <location filename="../ui/backtest/BacktestView.cpp" line="132"/>
        <source>Candle file</source>
        <translation>캔들 파일</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="79"/>
        <source>Candles (*.csv *.json)</source>
        <translation>캔들 (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="111"/>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="112"/>
        <source>Equity</source>
        <translation>자산</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="113"/>
        <source>Trades on the chart</source>
        <translation>차트의 거래</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="133"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="134"/>
        <source>Only the days</source>
        <translation>기간 지정</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="135"/>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="136"/>
        <source>name=value …, e.g. ema-fast=9 ema-slow=21 (others: the defaults)</source>
        <translation>바꿀 값만 이름=값 … (이름 목록은 마우스를 올리면 표시, 나머지는 기본값)</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="143"/>
        <source>Starting KRW</source>
        <translation>시작 금액 (원)</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="144"/>
        <source>Run backtest</source>
        <translation>백테스트 실행</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="145"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="146"/>
        <source>Apply to live</source>
        <translation>실전에 적용</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="224"/>
        <source>Starting KRW must be a number of at least 5,000</source>
        <translation>시작 금액은 5,000 이상의 숫자여야 합니다</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="241"/>
        <source>No candles in that period</source>
        <translation>해당 기간에 캔들이 없습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backtest/BacktestView.cpp" line="249"/>
        <source>Running over %n candle(s)…</source>
        <translation>
            <numerusform>캔들 %n개로 실행 중…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="268"/>
        <source>The backtest stopped: %1</source>
        <translation>백테스트가 중단되었습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="299"/>
        <source>Cancelled</source>
        <translation>취소했습니다</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="307"/>
        <source>Done: %1 round trips, final equity %2 KRW</source>
        <translation>완료: 왕복 거래 %1회, 최종 자산 %2원</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="345"/>
        <source>This backtest returned %1 %, less than buying and holding over the same period (%2 %). Apply its parameters to trading anyway?</source>
        <translation>이 백테스트의 수익률은 %1 %로, 같은 기간 매수 후 보유(%2 %)보다 낮습니다. 그래도 이 설정을 거래에 적용할까요?</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="349"/>
        <source>Lost to buy-and-hold</source>
        <translation>매수 후 보유보다 낮은 수익</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="350"/>
        <source>Parameters not applied</source>
        <translation>설정을 적용하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../ui/backtest/BacktestView.cpp" line="356"/>
        <source>Parameters sent to the engine; they apply from the next candle</source>
        <translation>파라미터를 엔진에 보냈습니다. 다음 캔들부터 적용됩니다</translation>
    </message>
</context>
<context>
    <name>autocoin::EngineLog</name>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="496"/>
        <source>kill switch released by Reset</source>
        <translation>리셋으로 긴급 정지를 해제했습니다</translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="512"/>
        <source>%1 -&gt; %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="659"/>
        <source>the exchange answers again: reconciling orders and balances</source>
        <translation>거래소가 다시 응답합니다: 주문과 잔고를 대조합니다</translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="810"/>
        <source>%1 %2 at %3 (strength %4): %5</source>
        <translation>%2 %1 신호, 가격 %3 (강도 %4): %5</translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="218"/>
        <location filename="../engine/core/TradingEngine.cpp" line="354"/>
        <location filename="../engine/core/TradingEngine.cpp" line="819"/>
        <location filename="../engine/core/TradingEngine.cpp" line="872"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="854"/>
        <source>bought %1 %2 for %3 KRW (average %4, fee %5, order %6)</source>
        <translation>%2 %1 매수 체결: %3원 (평균가 %4원, 수수료 %5원, 주문 %6)</translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="855"/>
        <source>sold %1 %2 for %3 KRW (average %4, fee %5, order %6)</source>
        <translation>%2 %1 매도 체결: %3원 (평균가 %4원, 수수료 %5원, 주문 %6)</translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="862"/>
        <source>buy %1 not placed</source>
        <translation>%1 매수 주문을 내지 못했습니다</translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="863"/>
        <source>sell %1 not placed</source>
        <translation>%1 매도 주문을 내지 못했습니다</translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="869"/>
        <source>order not placed: %1</source>
        <translation>주문하지 않음: %1</translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="908"/>
        <source>KILL SWITCH: new entries blocked, open orders cancelled, positions closed</source>
        <translation>긴급 정지: 신규 매수 차단, 미체결 주문 취소, 보유 종목 청산</translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="957"/>
        <source>kill switch: order %1 in %2 is not settled yet: check it on the exchange</source>
        <translation>긴급 정지: %2 주문 %1의 결과를 아직 확인하지 못했습니다. 거래소에서 확인하세요</translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="991"/>
        <source>paper account reset to %1 KRW</source>
        <translation>모의 계좌를 %1원으로 초기화했습니다</translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="995"/>
        <source>paper account not reset: %1</source>
        <translation>모의 계좌를 초기화하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="1010"/>
        <source>parameters refused: %1</source>
        <translation>전략 설정 거부: %1</translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="1023"/>
        <source>parameters applied from the next candle</source>
        <translation>전략 설정을 다음 캔들부터 적용합니다</translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="1068"/>
        <source>%1 failed (%2/%3): %4</source>
        <translation>%1 실패 (%2/%3): %4</translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="1103"/>
        <source>retrying in %1 s</source>
        <translation>%1초 후 다시 시도합니다</translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="1123"/>
        <source>engine error: %1</source>
        <translation>엔진 오류: %1</translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="1130"/>
        <source>a network outage: the engine starts again by itself once the exchange answers, %1 min from now at the earliest</source>
        <translation>네트워크 장애: 거래소가 다시 응답하면 엔진이 스스로 다시 시작합니다 (빨라도 %1분 후)</translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="1169"/>
        <source>auto-recovery: the exchange does not answer yet (%1)</source>
        <translation>자동 복구: 거래소가 아직 응답하지 않습니다 (%1)</translation>
    </message>
    <message>
        <location filename="../engine/core/TradingEngine.cpp" line="1174"/>
        <source>auto-recovered after the network came back (ERROR since %1: %2)</source>
        <translation>네트워크가 돌아와 자동 복구했습니다 (%1부터 오류: %2)</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="85"/>
        <source>start requested</source>
        <translation>시작 요청</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="86"/>
        <source>stop requested</source>
        <translation>정지 요청</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="87"/>
        <source>stopped</source>
        <translation>정지됨</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="88"/>
        <source>reset requested</source>
        <translation>리셋 요청</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="89"/>
        <source>application is closing</source>
        <translation>앱 종료 중</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="90"/>
        <source>stopped for exit</source>
        <translation>종료를 위해 정지</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="92"/>
        <source>the replay data is exhausted</source>
        <translation>리플레이 데이터를 모두 사용함</translation>
    </message>
    <message>
        <location filename="../engine/execution/LiveExecution.cpp" line="163"/>
        <source>order %1: answered as finished without all its trades: it is looked up again until they are seen</source>
        <translation>주문 %1: 체결 내역 일부가 빠진 채 완료로 응답했습니다. 체결 내역을 모두 확인할 때까지 다시 조회합니다</translation>
    </message>
</context>
<context>
    <name>autocoin::EngineText</name>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="43"/>
        <source>BUY not taken: %1 is designated warning (유의) by the exchange (%2)</source>
        <translation>매수하지 않음: %1은(는) 거래소가 지정한 유의 종목입니다 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="48"/>
        <source>BUY not taken: %1 has a caution flag (주의: %2) and block-caution is on (%3)</source>
        <translation>매수하지 않음: %1은(는) 주의 종목(%2)이며 주의 종목 진입 차단(block-caution)이 켜져 있습니다 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="54"/>
        <source>BUY not taken: %1 is not listed by the exchange (delisted) (%2)</source>
        <translation>매수하지 않음: %1은(는) 거래소 목록에 없습니다 (상장 폐지) (%2)</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="57"/>
        <source>BUY not taken: max-positions %1 reached (%2)</source>
        <translation>매수하지 않음: 최대 보유 종목 수(max-positions) %1개에 도달했습니다 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="60"/>
        <source>BUY vetoed by risk: %1 (%2)</source>
        <translation>위험 관리로 매수 거부: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="65"/>
        <source>already holding a position (%1)</source>
        <translation>이미 보유 중 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="68"/>
        <source>warming up the indicators</source>
        <translation>지표 준비 중</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="71"/>
        <source>no crossover (fast EMA above slow); RSI %1</source>
        <translation>교차 없음 (단기 EMA가 장기 EMA 위); RSI %1</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="74"/>
        <source>no crossover (fast EMA below slow); RSI %1</source>
        <translation>교차 없음 (단기 EMA가 장기 EMA 아래); RSI %1</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="77"/>
        <source>EMA %1 crossed above %2; RSI %3; volume %4x average</source>
        <translation>단기 EMA(%1)가 장기 EMA(%2)를 상향 돌파; RSI %3; 거래량 평균의 %4배</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="81"/>
        <source>EMA %1 crossed above %2; RSI %3; volume %4x average; size %5</source>
        <translation>단기 EMA(%1)가 장기 EMA(%2)를 상향 돌파; RSI %3; 거래량 평균의 %4배; 주문 %5</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="86"/>
        <source>EMA %1 crossed below %2; RSI %3</source>
        <translation>단기 EMA(%1)가 장기 EMA(%2)를 하향 돌파; RSI %3</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="89"/>
        <source>EMA crossed up, but RSI %1 is at or above %2</source>
        <translation>EMA 상향 돌파, 그러나 RSI %1이(가) %2 이상</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="92"/>
        <source>EMA crossed up, but RSI %1 is at or below the floor %2</source>
        <translation>EMA 상향 돌파, 그러나 RSI %1이(가) 하한 %2 이하</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="95"/>
        <source>EMA crossed up, but volume is %1x its average (needs %2x)</source>
        <translation>EMA 상향 돌파, 그러나 거래량이 평균의 %1배 (%2배 필요)</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="98"/>
        <source>RSI %1 rose above the exit bound %2</source>
        <translation>RSI %1이(가) 청산 기준 %2을(를) 넘음</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="110"/>
        <source>%1 KRW limited by %2; stop %3, risk %4 KRW</source>
        <translation>%1원 (%2 기준); 손절가 %3, 위험 %4원</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="117"/>
        <source>size %1 KRW (limited by %2) is below the minimum order of %3 KRW</source>
        <translation>주문 규모 %1원(%2 기준)이 최소 주문 %3원보다 작음</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="123"/>
        <source>kill switch</source>
        <translation>긴급 정지</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="126"/>
        <source>daily loss limit reached; no new entries until 00:00 %1</source>
        <translation>일일 손실 한도 도달; %1 기준 00:00까지 신규 진입 없음</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="129"/>
        <source>no price or ATR to size against</source>
        <translation>주문 규모를 정할 가격이나 ATR 없음</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="143"/>
        <source>Kelly %1</source>
        <translation>켈리 %1</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="145"/>
        <source>default fraction %1</source>
        <translation>기본 비율 %1</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="147"/>
        <source>no edge to size (Kelly fraction %1): a probe of twice the minimum order</source>
        <translation>우위 없음 (켈리 비율 %1): 최소 주문의 두 배로 시험 매수</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="151"/>
        <source>per-order cap</source>
        <translation>주문당 한도</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="153"/>
        <source>cash available</source>
        <translation>가용 현금</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="155"/>
        <source>maximum exposure</source>
        <translation>최대 노출</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="157"/>
        <source>risk per trade</source>
        <translation>거래당 위험</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="165"/>
        <source>price swings</source>
        <translation>가격 급등락</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="167"/>
        <source>trading volume soaring</source>
        <translation>거래량 급등</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="169"/>
        <source>deposits soaring</source>
        <translation>입금량 급등</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="171"/>
        <source>price gap with foreign exchanges</source>
        <translation>글로벌 가격 차이</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="173"/>
        <source>trading concentrated in few accounts</source>
        <translation>소수 계정 거래 집중</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="245"/>
        <source>Kill switch pulled: open orders cancelled, positions sold</source>
        <translation>긴급 정지: 미체결 주문 취소, 보유 종목 매도</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="248"/>
        <source>Database error: %1</source>
        <translation>데이터베이스 오류: %1</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="252"/>
        <source>%1 consecutive failures (%2); the last: %3</source>
        <translation>연속 %1회 실패 (%2), 마지막 오류: %3</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="260"/>
        <source>Internal error in %1</source>
        <translation>내부 오류 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="263"/>
        <source>Exchange &quot;%1&quot; is not supported</source>
        <translation>지원하지 않는 거래소: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="266"/>
        <source>Live trading needs explicit confirmation: confirm it in the dialog, or pass --i-understand-live-trading with PAPER_MODE=false</source>
        <translation>실거래는 명시적인 확인이 필요합니다: 대화상자에서 확인하거나 PAPER_MODE=false와 함께 --i-understand-live-trading을 지정하세요</translation>
    </message>
    <message>
        <source>IDLE</source>
        <translation type="vanished">대기</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation type="vanished">실행 중</translation>
    </message>
    <message>
        <source>STOPPING</source>
        <translation type="vanished">정지 중</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="vanished">오류</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="308"/>
        <source>Upbit</source>
        <translation>업비트</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="310"/>
        <source>Bithumb</source>
        <translation>빗썸</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="312"/>
        <source>Replay</source>
        <translation>리플레이</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="320"/>
        <source>1 day</source>
        <translation>1일</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="321"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="328"/>
        <source>intent</source>
        <translation>전송 전</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="330"/>
        <source>wait</source>
        <translation>대기</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="332"/>
        <source>watch</source>
        <translation>감시</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="334"/>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="336"/>
        <source>cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="338"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="340"/>
        <source>unknown</source>
        <translation>확인 중</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="351"/>
        <source>limit</source>
        <translation>지정가</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="353"/>
        <source>market buy</source>
        <translation>시장가 매수</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="355"/>
        <source>market sell</source>
        <translation>시장가 매도</translation>
    </message>
    <message>
        <source>BUY</source>
        <translation type="vanished">매수</translation>
    </message>
    <message>
        <source>SELL</source>
        <translation type="vanished">매도</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation type="vanished">관망</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="375"/>
        <source>top %1 by traded value</source>
        <translation>상위 %1 (거래대금)</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="384"/>
        <source>warning (유의)</source>
        <translation>유의 종목</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="385"/>
        <source>caution (주의): %1</source>
        <translation>주의 종목: %1</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="403"/>
        <source>streaming from %1</source>
        <translation>수신 중</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="405"/>
        <source>connected to %1</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="407"/>
        <source>no message for %1 ms; replacing the connection</source>
        <translation>%2초 동안 수신 없음</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="409"/>
        <source>no message for %1 ms</source>
        <translation>%2초 동안 수신 없음</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="411"/>
        <source>connection closed (code %1)</source>
        <translation>종료 코드 %1</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="413"/>
        <source>connection closed: %1</source>
        <translation>서버가 연결을 닫음</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="415"/>
        <source>authentication refused: %1</source>
        <translation>인증 거부 — API 키를 확인하세요</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="417"/>
        <source>the server answered %1</source>
        <translation>서버가 오류로 응답함</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="419"/>
        <source>unreadable message</source>
        <translation>읽을 수 없는 메시지</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="421"/>
        <source>reconnecting in %1 ms</source>
        <translation>%2초 후 재연결</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="422"/>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="424"/>
        <source>engine stopped</source>
        <translation>엔진 중지</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="426"/>
        <source>engine error</source>
        <translation>엔진 오류</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="428"/>
        <source>application is closing</source>
        <translation>프로그램 종료 중</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="431"/>
        <source>Connection refused</source>
        <translation>연결 거부됨</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="433"/>
        <source>Host %1 not found</source>
        <translation>서버 %1을(를) 찾을 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="435"/>
        <source>The remote host closed the connection</source>
        <translation>서버가 연결을 닫음</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="437"/>
        <source>%1 timed out</source>
        <translation>응답 시간 초과</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="439"/>
        <source>Network unreachable</source>
        <translation>네트워크에 연결할 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="441"/>
        <source>SSL handshake failed</source>
        <translation>보안 연결(TLS) 실패</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="489"/>
        <source>REST polling (continuously)</source>
        <translation>주기 조회 (쉬지 않고)</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="490"/>
        <source>REST polling (every %1 s)</source>
        <translation>주기 조회 (%1초마다)</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="494"/>
        <source>Live — connected</source>
        <translation>실시간 연결됨</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="496"/>
        <source>Live — delayed, reconnecting</source>
        <translation>실시간 지연 — 재연결 중</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="501"/>
        <source>Live — disconnected, polling REST instead</source>
        <translation>실시간 끊김 — 주기 조회로 대체</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="502"/>
        <source>Live — connecting</source>
        <translation>실시간 연결 중</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="526"/>
        <source>Start is not allowed while the kill switch is on: Reset first</source>
        <translation>긴급 정지가 켜져 있어 시작할 수 없습니다. 먼저 리셋하세요</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="537"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="538"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="539"/>
        <source>Reset</source>
        <translation>리셋</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="540"/>
        <source>%1 is not allowed while the engine is %2</source>
        <translation>엔진이 %2 상태여서 %1할 수 없습니다</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>an engine notice the window does not know: the engine&apos;s English words as they are, or a phrase in their place</comment>
        <translation type="vanished">새 알림이 있습니다. 자세한 내용은 로그를 확인하세요</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="569"/>
        <source>polling chosen in the settings</source>
        <translation>설정에 따라 주기 조회</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="574"/>
        <source>%1</source>
        <comment>a feed reason the window does not know: the engine&apos;s English words as they are, or a phrase in their place</comment>
        <translation>자세한 사유는 로그 참조</translation>
    </message>
    <message>
        <location filename="../ui/status/EngineText.cpp" line="278"/>
        <source>en</source>
        <comment>the language code of this translation: ko in the Korean one</comment>
        <translation>ko</translation>
    </message>
</context>
<context>
    <name>autocoin::EquityChart</name>
    <message>
        <location filename="../ui/chart/EquityChart.cpp" line="66"/>
        <source>Equity (KRW)</source>
        <translation>자산 (원)</translation>
    </message>
    <message>
        <location filename="../ui/chart/EquityChart.cpp" line="67"/>
        <source>Drawdown</source>
        <translation>낙폭</translation>
    </message>
</context>
<context>
    <name>autocoin::HistoryPanel</name>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="103"/>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="103"/>
        <source>Trades</source>
        <translation>체결</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="103"/>
        <source>Positions</source>
        <translation>포지션</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="103"/>
        <source>Signals</source>
        <translation>신호</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="103"/>
        <source>Daily PnL</source>
        <translation>일별 손익</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="106"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="108"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="106"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="108"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="110"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="112"/>
        <source>Market</source>
        <translation>마켓</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="106"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="108"/>
        <source>Side</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="106"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="106"/>
        <source>Price / KRW</source>
        <translation>가격 (원)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="106"/>
        <source>Volume</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="107"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="107"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="109"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="111"/>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="107"/>
        <source>Client order id</source>
        <translation>클라이언트 주문 ID</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="107"/>
        <source>Exchange id</source>
        <translation>거래소 주문 ID</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="108"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="112"/>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="108"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="110"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="108"/>
        <source>Total KRW</source>
        <translation>총액 (원)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="108"/>
        <source>Fee</source>
        <translation>수수료</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="109"/>
        <source>Order id</source>
        <translation>주문 ID</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="110"/>
        <source>Entry time</source>
        <translation>진입 시간</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="110"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="110"/>
        <source>Average price</source>
        <translation>평균 단가</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="111"/>
        <source>Last price</source>
        <translation>현재가</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="111"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="114"/>
        <source>Unrealised PnL</source>
        <translation>미실현 손익</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="111"/>
        <source>Stop</source>
        <translation>손절가</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="111"/>
        <source>Value</source>
        <translation>평가금액</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="112"/>
        <source>Candle</source>
        <translation>캔들</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="112"/>
        <source>Signal</source>
        <translation>신호</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="112"/>
        <source>Strength</source>
        <translation>강도</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="112"/>
        <source>EMA fast</source>
        <translation>단기 EMA</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="113"/>
        <source>EMA slow</source>
        <translation>장기 EMA</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="113"/>
        <source>RSI</source>
        <translation>RSI</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="113"/>
        <source>ATR</source>
        <translation>ATR</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="113"/>
        <source>Risk KRW</source>
        <translation>위험 금액 (원)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="113"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="114"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="114"/>
        <source>Realised PnL</source>
        <translation>실현 손익</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="114"/>
        <source>Total equity</source>
        <translation>총 자산</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="114"/>
        <source>Return %</source>
        <translation>수익률 %</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="144"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="173"/>
        <source>buy</source>
        <translation>매수</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="144"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="173"/>
        <source>sell</source>
        <translation>매도</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="149"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="178"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="221"/>
        <source>paper</source>
        <translation>모의</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="149"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="178"/>
        <location filename="../ui/history/HistoryPanel.cpp" line="221"/>
        <source>live</source>
        <translation>실거래</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="207"/>
        <source>open</source>
        <translation>보유 중</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="209"/>
        <source>closed</source>
        <translation>청산</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryPanel.cpp" line="211"/>
        <source>reset</source>
        <translation>초기화됨</translation>
    </message>
</context>
<context>
    <name>autocoin::HistoryView</name>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="146"/>
        <location filename="../ui/history/HistoryView.cpp" line="151"/>
        <source>Export CSV</source>
        <translation>CSV 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="146"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="159"/>
        <source>Market</source>
        <translation>마켓</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="160"/>
        <source>Dates</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="161"/>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="163"/>
        <location filename="../ui/history/HistoryView.cpp" line="207"/>
        <source>All markets</source>
        <translation>모든 마켓</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/HistoryView.cpp" line="164"/>
        <location filename="../ui/history/HistoryView.cpp" line="202"/>
        <location filename="../ui/history/HistoryView.cpp" line="221"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="239"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="246"/>
        <source>The history could not be read: %1</source>
        <translation>내역을 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>autocoin::LogModel</name>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="159"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="161"/>
        <source>Level</source>
        <translation>수준</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="163"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="165"/>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="119"/>
        <source>DEBUG</source>
        <translation>디버그</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="121"/>
        <source>INFO</source>
        <translation>정보</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="123"/>
        <source>WARNING</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="125"/>
        <source>ERROR</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="127"/>
        <source>CRITICAL</source>
        <translation>심각</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="135"/>
        <source>engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="136"/>
        <source>exchange</source>
        <translation>거래소</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="137"/>
        <source>strategy</source>
        <translation>전략</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="138"/>
        <source>risk</source>
        <translation>위험 관리</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="139"/>
        <source>paper</source>
        <translation>모의</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="140"/>
        <source>live</source>
        <translation>실거래</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="141"/>
        <source>storage</source>
        <translation>저장소</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="142"/>
        <source>notify</source>
        <translation>알림</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="143"/>
        <source>app</source>
        <translation>앱</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="144"/>
        <source>settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="145"/>
        <source>keychain</source>
        <translation>키체인</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="146"/>
        <source>api</source>
        <translation>원격 제어</translation>
    </message>
    <message>
        <location filename="../ui/log/LogModel.cpp" line="147"/>
        <source>alert</source>
        <translation>경보</translation>
    </message>
</context>
<context>
    <name>autocoin::LogView</name>
    <message>
        <source>Log</source>
        <translation type="vanished">로그</translation>
    </message>
    <message>
        <location filename="../ui/log/LogView.cpp" line="100"/>
        <source>Level:</source>
        <translation>수준:</translation>
    </message>
</context>
<context>
    <name>autocoin::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="212"/>
        <source>Paper account reset</source>
        <translation>모의 계좌를 초기화했습니다</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="212"/>
        <source>Paper account not reset: %1</source>
        <translation>모의 계좌를 초기화하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="219"/>
        <source>Kill switch pulled</source>
        <translation>긴급 정지를 눌렀습니다</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="219"/>
        <source>Start is refused until you press Reset.</source>
        <translation>리셋을 누르기 전까지 시작할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="223"/>
        <source>Live fill</source>
        <translation>실거래 체결</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="223"/>
        <source>%1 %2 %3 at %4 KRW (fee %5)</source>
        <translation>%1 %2 %3, 가격 %4원 (수수료 %5)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="224"/>
        <source>Bought</source>
        <translation>매수</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="224"/>
        <source>Sold</source>
        <translation>매도</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="232"/>
        <source>Daily loss limit reached</source>
        <translation>일일 손실 한도 도달</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="233"/>
        <source>No new entries until tomorrow: %1</source>
        <translation>내일까지 신규 진입을 하지 않습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="356"/>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="357"/>
        <source>Start the engine (IDLE → RUNNING)</source>
        <translation>엔진 시작 (IDLE → RUNNING)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="358"/>
        <source>S&amp;top</source>
        <translation>중지(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="359"/>
        <source>Stop the engine after the current iteration (RUNNING → STOPPING → IDLE)</source>
        <translation>현재 반복을 마친 뒤 엔진 중지 (RUNNING → STOPPING → IDLE)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="360"/>
        <source>R&amp;eset</source>
        <translation>리셋(&amp;E)</translation>
    </message>
    <message>
        <source>Clear the error and the failure count (ERROR → IDLE)</source>
        <translation type="vanished">오류와 실패 횟수 초기화 (ERROR → IDLE)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="361"/>
        <source>Clear the error and the failure count (ERROR → IDLE), or release the kill switch</source>
        <translation>오류와 실패 횟수 초기화 (오류 → 대기), 또는 긴급 정지 해제</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="362"/>
        <source>Reset &amp;paper account…</source>
        <translation>모의 계좌 초기화(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="363"/>
        <source>Start the paper account again with its starting balance</source>
        <translation>시작 잔고로 모의 계좌를 다시 시작합니다</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="364"/>
        <source>&amp;Kill switch</source>
        <translation>긴급 정지(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="365"/>
        <source>Emergency stop: cancel open orders, sell the position, block new entries</source>
        <translation>긴급 정지: 미체결 주문 취소, 포지션 매도, 신규 진입 차단</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="366"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="367"/>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="368"/>
        <source>Engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="369"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="370"/>
        <source>&amp;Engine</source>
        <translation>엔진(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="372"/>
        <source>Show autocoin</source>
        <translation>autocoin 보이기</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="373"/>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="374"/>
        <source>Equity</source>
        <translation>자산</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="375"/>
        <source>Backtest</source>
        <translation>백테스트</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="376"/>
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="377"/>
        <source>Watchlist</source>
        <translation>관심 종목</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="455"/>
        <source>held</source>
        <translation>보유</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="457"/>
        <source>no longer traded: managed until the position is closed</source>
        <translation>더 이상 매매 대상이 아님: 포지션이 청산될 때까지 관리합니다</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="481"/>
        <source>The market the chart and the price, signal and stop show</source>
        <translation>차트와 현재가·신호·손절가에 표시할 마켓</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="499"/>
        <source>PAPER_MODE is off: autocoin will place REAL orders with REAL money on %1 (%2).

Each buy order spends at most %3 KRW. Open orders are cancelled after %4 seconds.

Start live trading?</source>
        <translation>PAPER_MODE가 꺼져 있습니다: autocoin이 %1 (%2)에서 실제 돈으로 실제 주문을 냅니다.

매수 주문 1건은 최대 %3원입니다. 미체결 주문은 %4초 후 취소됩니다.

실거래를 시작할까요?</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="505"/>
        <source>Live trading</source>
        <translation>실거래</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="506"/>
        <source>Live trading not started</source>
        <translation>실거래를 시작하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="518"/>
        <source>Kill switch</source>
        <translation>긴급 정지</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="518"/>
        <source>Cancel every open order, sell the position at market and block new entries until Reset?</source>
        <translation>모든 미체결 주문을 취소하고, 포지션을 시장가로 매도하고, 리셋할 때까지 신규 진입을 막을까요?</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="582"/>
        <source>Settings saved</source>
        <translation>설정을 저장했습니다</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="585"/>
        <source>Settings saved; exchange, market and timing apply after Stop</source>
        <translation>설정을 저장했습니다. 거래소, 마켓, 주기는 정지 후 적용됩니다</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="592"/>
        <source>Start the paper account again with %1 KRW? Earlier paper trades stay in the history but no longer count; open paper positions are closed.</source>
        <translation>%1원으로 모의 계좌를 다시 시작할까요? 이전 모의 거래는 기록에 남지만 더 이상 계산에 포함되지 않으며, 열린 모의 포지션은 닫힙니다.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="595"/>
        <source>Reset paper account</source>
        <translation>모의 계좌 초기화</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="602"/>
        <source>Kill switch pulled: trading stopped</source>
        <translation>긴급 정지로 거래를 멈췄습니다</translation>
    </message>
    <message>
        <source>Press Reset when you want to trade again.</source>
        <translation type="vanished">다시 거래하려면 리셋을 누르세요.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="605"/>
        <source>autocoin engine stopped with an error</source>
        <translation>autocoin 엔진이 오류로 멈췄습니다</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="650"/>
        <source>autocoin keeps running</source>
        <translation>autocoin이 계속 실행 중입니다</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="651"/>
        <source>The window is closed, but autocoin keeps trading in the tray while the engine runs. Quit from the tray menu to stop it.</source>
        <translation>창은 닫혔지만 엔진이 실행 중이면 autocoin은 트레이에서 계속 거래합니다. 멈추려면 트레이 메뉴에서 종료하세요.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="675"/>
        <source>Quit while trading?</source>
        <translation>거래 중에 종료할까요?</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="676"/>
        <source>autocoin is trading (RUNNING). Quitting stops the engine: open orders and positions stay as they are, and no stop watches them until autocoin runs again.

Quit anyway?</source>
        <translation>autocoin이 거래 중입니다(실행 중). 종료하면 엔진이 멈춥니다. 미체결 주문과 보유 포지션은 그대로 남고, autocoin을 다시 실행할 때까지 손절이 감시하지 않습니다.

그래도 종료할까요?</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="678"/>
        <source>Close while trading?</source>
        <translation>거래 중에 창을 닫을까요?</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="679"/>
        <source>autocoin is trading (RUNNING). Closing the window quits it and stops the engine: open orders and positions stay as they are, and no stop watches them until autocoin runs again.

Close and stop trading?</source>
        <translation>autocoin이 거래 중입니다(실행 중). 창을 닫으면 프로그램이 종료되고 엔진이 멈춥니다. 미체결 주문과 보유 포지션은 그대로 남고, autocoin을 다시 실행할 때까지 손절이 감시하지 않습니다.

닫고 거래를 멈출까요?</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="687"/>
        <source>Still trading</source>
        <translation>계속 거래 중</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="718"/>
        <source>Paper account: %1 KRW, no real money. Press Start to begin paper trading.</source>
        <translation>모의 계좌: %1원 (실제 돈 아님). 시작을 누르면 모의 거래를 시작합니다.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="716"/>
        <source>Live account. Press Start to begin trading.</source>
        <translation>실거래 계좌입니다. 시작을 누르면 거래를 시작합니다.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="380"/>
        <source>Round trips</source>
        <translation>왕복 거래</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="603"/>
        <source>Press Reset, then Start, when you want to trade again.</source>
        <translation>다시 거래하려면 리셋을 누른 뒤 시작을 누르세요.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="721"/>
        <source>Paper account, no real money. Press Start to begin paper trading.</source>
        <translation>모의 계좌 (실제 돈 아님). 시작을 누르면 모의 거래를 시작합니다.</translation>
    </message>
</context>
<context>
    <name>autocoin::PriceChart</name>
    <message>
        <source>EMA fast</source>
        <translation type="vanished">단기 EMA</translation>
    </message>
    <message>
        <source>EMA slow</source>
        <translation type="vanished">장기 EMA</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="379"/>
        <source>Buy</source>
        <translation>매수</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="380"/>
        <source>Sell</source>
        <translation>매도</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="381"/>
        <source>Follow latest</source>
        <translation>최신 따라가기</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="382"/>
        <source>Wheel or +/− to zoom, drag or ←/→ to pan, End for the newest candle</source>
        <translation>휠 또는 +/−: 확대/축소, 드래그 또는 ←/→: 이동, End: 최신 캔들</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="383"/>
        <location filename="../ui/chart/PriceChart.cpp" line="386"/>
        <source>RSI</source>
        <translation>RSI</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="377"/>
        <location filename="../ui/chart/PriceChart.cpp" line="378"/>
        <location filename="../ui/chart/PriceChart.cpp" line="435"/>
        <location filename="../ui/chart/PriceChart.cpp" line="436"/>
        <location filename="../ui/chart/PriceChart.cpp" line="1006"/>
        <location filename="../ui/chart/PriceChart.cpp" line="1007"/>
        <source>EMA %1</source>
        <translation>EMA %1</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="384"/>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="385"/>
        <source>Volume</source>
        <translation>거래량</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="406"/>
        <source>No candles of this market yet.
Press Start: the market&apos;s recent candles appear here as the engine reads them.</source>
        <translation>이 마켓의 캔들이 아직 없습니다.
시작을 누르면 엔진이 읽어 오는 대로 최근 캔들이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="505"/>
        <source>Trailing stop</source>
        <translation>추적 손절가</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="505"/>
        <source>Stop</source>
        <translation>손절가</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="995"/>
        <source>%1  O %2  H %3  L %4  C %5</source>
        <extracomment>The crosshair&apos;s readout: the candle&apos;s time, open, high, low and close</extracomment>
        <translation>%1  시 %2  고 %3  저 %4  종 %5</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="1007"/>
        <source>RSI %1</source>
        <translation>RSI %1</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="1008"/>
        <source>Vol %1</source>
        <translation>거래량 %1</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="396"/>
        <source>No candles of this market yet.
The engine is reading the market&apos;s recent candles.</source>
        <translation>이 마켓의 캔들이 아직 없습니다.
엔진이 최근 캔들을 읽어 오는 중입니다.</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="399"/>
        <source>No candles of this market yet.
The kill switch stopped trading: press Reset when you want to trade again, then Start.</source>
        <translation>이 마켓의 캔들이 아직 없습니다.
긴급 정지로 거래가 멈췄습니다: 다시 거래하려면 리셋을 누른 뒤 시작을 누르세요.</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="401"/>
        <source>No candles of this market yet.
The engine stopped with an error: check the cause in the status panel and the log, press Reset, then Start.</source>
        <translation>이 마켓의 캔들이 아직 없습니다.
엔진이 오류로 멈췄습니다: 상태 패널과 로그에서 원인을 확인하고 리셋을 누른 뒤 시작하세요.</translation>
    </message>
</context>
<context>
    <name>autocoin::RoundTripView</name>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="112"/>
        <source>%1 d %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="114"/>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="115"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="121"/>
        <source>The round trips could not be read: %1</source>
        <translation>왕복 거래를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="145"/>
        <source>paper</source>
        <translation>모의</translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="145"/>
        <source>live</source>
        <translation>실거래</translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="154"/>
        <source>Entry time</source>
        <translation>진입 시간</translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="154"/>
        <source>Market</source>
        <translation>마켓</translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="154"/>
        <source>Entry price</source>
        <translation>진입가</translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="154"/>
        <source>Exit time</source>
        <translation>청산 시간</translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="154"/>
        <source>Exit price</source>
        <translation>청산가</translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="155"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="155"/>
        <source>PnL KRW</source>
        <translation>손익 (원)</translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="155"/>
        <source>PnL %</source>
        <translation>수익률 %</translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="155"/>
        <source>Held</source>
        <translation>보유 기간</translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="155"/>
        <source>Exit</source>
        <translation>청산 사유</translation>
    </message>
    <message>
        <location filename="../ui/history/RoundTripView.cpp" line="155"/>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
</context>
<context>
    <name>autocoin::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="110"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="114"/>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="115"/>
        <source>Strategy and risk</source>
        <translation>전략 및 위험</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="116"/>
        <source>API keys</source>
        <translation>API 키</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="212"/>
        <source>Set by --%1 on the command line; that value wins.</source>
        <translation>명령줄의 --%1 값이 우선 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="213"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="694"/>
        <source>Set by %1 in the environment; that value wins.</source>
        <translation>환경 변수 %1 값이 우선 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="268"/>
        <source>Replay (offline)</source>
        <translation>리플레이 (오프라인)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="273"/>
        <source>Exchange</source>
        <translation>거래소</translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="vanished">마켓</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="75"/>
        <source>fast EMA period</source>
        <translation>단기 EMA 기간</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="76"/>
        <source>slow EMA period</source>
        <translation>장기 EMA 기간</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="77"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="22"/>
        <source>RSI period</source>
        <translation>RSI 기간</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="78"/>
        <source>BUY only while RSI is below this</source>
        <translation>RSI가 이 값보다 낮을 때만 매수</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="79"/>
        <source>BUY only while RSI is above this (0 = off)</source>
        <translation>RSI가 이 값보다 높을 때만 매수 (0 = 끔)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="80"/>
        <source>SELL an open position when RSI rises above this</source>
        <translation>RSI가 이 값을 넘으면 보유 포지션 매도</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="81"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="35"/>
        <source>ATR period</source>
        <translation>ATR 기간</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="82"/>
        <source>volume moving-average period</source>
        <translation>거래량 이동평균 기간</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="83"/>
        <source>BUY needs volume &gt;= this x its average (0 = off)</source>
        <translation>매수하려면 거래량이 평균의 이 배수 이상 (0 = 끔)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="84"/>
        <source>ATR stop distance in ATRs</source>
        <translation>손절 거리 (ATR 배수)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="85"/>
        <source>gain in ATRs before the trailing stop starts</source>
        <translation>추적 손절이 시작되기까지의 수익 (ATR 배수)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="86"/>
        <source>trailing stop distance in ATRs</source>
        <translation>추적 손절 거리 (ATR 배수)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="87"/>
        <source>largest Kelly fraction of equity</source>
        <translation>자산 대비 최대 켈리 비율</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="88"/>
        <source>fraction of equity until Kelly has enough trades</source>
        <translation>켈리 계산에 충분한 거래가 쌓이기 전의 자산 비율</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="89"/>
        <source>closed trades before Kelly sizing is used</source>
        <translation>켈리 방식 주문 규모를 쓰기 전에 필요한 청산 거래 수</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="90"/>
        <source>Kelly sizing uses the last this-many closed trades</source>
        <translation>켈리 계산에 쓰는 최근 청산 거래 수</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="91"/>
        <source>share of equity a stop-out may lose</source>
        <translation>손절 한 번에 잃을 수 있는 자산 비율</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="92"/>
        <source>largest order in KRW</source>
        <translation>최대 주문 금액 (원)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="93"/>
        <source>daily loss limit, share of the day&apos;s starting equity</source>
        <translation>일일 손실 한도 (그날 시작 자산 대비 비율)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="94"/>
        <source>daily loss limit in KRW (0 = off)</source>
        <translation>일일 손실 한도 (KRW, 0 = 끔)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="95"/>
        <source>largest share of equity in all positions together</source>
        <translation>전체 포지션 합계의 자산 대비 최대 비율</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="96"/>
        <source>most markets held at once</source>
        <translation>동시에 보유할 최대 마켓 수</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="97"/>
        <source>1: sell a position when its market is designated warning (유의)</source>
        <translation>1: 유의 종목으로 지정되면 보유 포지션 매도</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="98"/>
        <source>1: no new entry in a market with a caution flag (주의)</source>
        <translation>1: 주의 종목에는 신규 진입하지 않음</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="117"/>
        <source>Notifications</source>
        <translation>알림</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="154"/>
        <source>Asking the keychain…</source>
        <translation>키체인 확인 중…</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="161"/>
        <source>The keychain could not be read: %1</source>
        <translation>키체인을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="165"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="970"/>
        <source>Not stored</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="171"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="970"/>
        <source>✓ Stored in the keychain</source>
        <translation>✓ 키체인에 저장됨</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="279"/>
        <source>Adds a market from the exchange&apos;s list to the markets traded</source>
        <translation>거래소 마켓 목록에서 골라 매매할 마켓에 추가합니다</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="307"/>
        <source>Markets</source>
        <translation>마켓</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="310"/>
        <source>Off: trade the list</source>
        <translation>사용 안 함 (목록의 마켓만 매매)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="311"/>
        <source>Top N by traded value</source>
        <translation>거래대금 상위 N개</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="317"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="66"/>
        <source> markets</source>
        <translation>개</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="337"/>
        <source>Universe</source>
        <translation>자동 선정</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="340"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="411"/>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="341"/>
        <source>Universe chosen again every</source>
        <translation>자동 선정 주기</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="354"/>
        <source>%1 minutes</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="355"/>
        <source>1 day</source>
        <translation>1일</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="356"/>
        <source>Timeframe</source>
        <translation>캔들 주기</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="359"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="375"/>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="360"/>
        <source>Loop interval</source>
        <translation>조회 주기</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="364"/>
        <source>Market data</source>
        <translation>시세 수신</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="368"/>
        <source>Real time (WebSocket; polling while it is down)</source>
        <translation>실시간 (연결이 끊기면 주기 조회)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="369"/>
        <source>Polling only (REST, every loop interval)</source>
        <translation>주기 조회만 (반복 간격마다)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="370"/>
        <source>Paper trading</source>
        <translation>모의 거래</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="371"/>
        <source>No real orders (recommended)</source>
        <translation>실제 주문 없음 (권장)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="372"/>
        <source>Live: KRW per buy order, at most</source>
        <translation>실거래: 1회 매수 한도 (원)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="376"/>
        <source>Live: cancel open orders after</source>
        <translation>실거래: 미체결 주문 취소 시간</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="380"/>
        <source>Paper account start (KRW)</source>
        <translation>모의 계좌 시작 금액 (원)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="381"/>
        <source>Database URL</source>
        <translation>데이터베이스 주소</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="382"/>
        <source>Log level</source>
        <translation>로그 수준</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="389"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="390"/>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="394"/>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="401"/>
        <source> in a row</source>
        <translation>회 연속</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="402"/>
        <source>Failures before ERROR</source>
        <translation>연속 실패 허용 횟수</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="419"/>
        <source>After a network outage only: start again by itself once the exchange answers, this many minutes after the ERROR at the earliest. Never after a key, database or risk error or the kill switch.</source>
        <translation>네트워크 장애일 때만: 거래소가 다시 응답하면, 오류 후 빨라도 이 시간(분)이 지난 뒤 스스로 다시 시작합니다. 키, 데이터베이스, 위험 관리 오류나 긴급 정지 뒤에는 절대 다시 시작하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="422"/>
        <source>Restart after a network outage</source>
        <translation>네트워크 장애 후 자동 재시작</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="424"/>
        <source>Closing the window keeps autocoin in the tray</source>
        <translation>창을 닫아도 트레이에서 계속 실행</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="426"/>
        <source>Start autocoin when I log in</source>
        <translation>로그인할 때 autocoin 실행</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="428"/>
        <source>Opens autocoin at login; trading starts only when you press Start.</source>
        <translation>로그인하면 autocoin을 엽니다. 거래는 시작을 눌러야 시작됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="449"/>
        <source>Add a market…</source>
        <translation>마켓 추가…</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="500"/>
        <source>lists %1 markets; at most %2 can be traded at once</source>
        <translation>마켓이 %1개입니다. 한 번에 최대 %2개까지 매매할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="513"/>
        <source>entry %1 is empty</source>
        <translation>%1번째 항목이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="515"/>
        <source>entry %1 &quot;%2&quot; is not a KRW market code such as KRW-BTC</source>
        <translation>%1번째 항목 &quot;%2&quot;은(는) KRW-BTC 같은 원화 마켓 코드가 아닙니다</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="517"/>
        <source>%1 is listed twice</source>
        <translation>%1이(가) 두 번 들어 있습니다</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="537"/>
        <source>Conservative</source>
        <translation>보수적</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="538"/>
        <source>Default</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="539"/>
        <source>Aggressive</source>
        <translation>공격적</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="542"/>
        <source>Sets the risk per trade, position sizes, stop distance, daily loss limit, exposure and market limits; Save applies them</source>
        <translation>거래당 위험, 포지션 크기, 손절 거리, 일일 손실 한도, 총 투자 비중, 종목 제한을 정합니다. 저장하면 적용됩니다</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="548"/>
        <source>Presets</source>
        <translation>사전 설정</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="982"/>
        <source>NOT stored: the keychain refused it</source>
        <translation>저장되지 않음: 키체인이 거부했습니다</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="999"/>
        <source>Not changed: %1</source>
        <translation>변경되지 않음: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="1105"/>
        <source>Nothing to test: give a Telegram bot token and a chat id, or a Discord webhook URL.</source>
        <translation>테스트할 대상이 없습니다. 텔레그램 봇 토큰과 채팅 ID, 또는 디스코드 웹훅 URL을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="1116"/>
        <source>Telegram chat %1</source>
        <translation>텔레그램 채팅 %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="1120"/>
        <source>%1: sent ✓</source>
        <translation>%1: 전송됨 ✓</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="1122"/>
        <source>%1: no answer (%2)</source>
        <translation>%1: 응답 없음 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="1124"/>
        <source>%1: refused, HTTP %2 %3</source>
        <translation>%1: 거부됨, HTTP %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="1131"/>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="1132"/>
        <source>autocoin: a test message from the settings. Notifications reach this chat.</source>
        <translation>autocoin: 설정에서 보낸 테스트 메시지입니다. 이 채팅으로 알림이 옵니다.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="vanished">경고: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="650"/>
        <source>Keys are kept in the system keychain, never in the settings file or the log. Give them only the permissions autocoin needs (view balances, place orders) and allow only this computer&apos;s IP address.</source>
        <translation>키는 시스템 키체인에만 보관되며 설정 파일이나 로그에는 절대 기록되지 않습니다. autocoin에 필요한 권한(잔고 조회, 주문)만 주고 이 컴퓨터의 IP 주소만 허용하세요.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="656"/>
        <source>Upbit access key</source>
        <translation>업비트 액세스 키</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="657"/>
        <source>Upbit secret key</source>
        <translation>업비트 시크릿 키</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="658"/>
        <source>Bithumb API key</source>
        <translation>빗썸 API 키</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="659"/>
        <source>Bithumb API secret</source>
        <translation>빗썸 시크릿 키</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="693"/>
        <source>from %1</source>
        <translation>%1에서</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="662"/>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="727"/>
        <source>Alerts go to your phone: state changes, fills, the daily loss limit, the kill switch, reconciliation notices, warnings on markets held, an expiring API key and a daily summary. The bot token and the webhook are kept in the system keychain. Changes here take effect at the next start of autocoin.</source>
        <translation>휴대폰으로 알림을 보냅니다: 상태 변화, 체결, 일일 손실 한도, 긴급 정지, 잔고 불일치 알림, 보유 종목의 유의 지정, API 키 만료 임박, 일일 요약. 봇 토큰과 웹훅은 시스템 키체인에 보관됩니다. 여기서 바꾼 내용은 autocoin을 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="735"/>
        <source>Telegram</source>
        <translation>텔레그램</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="736"/>
        <source>Bot token</source>
        <translation>봇 토큰</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="738"/>
        <source>The token BotFather gave for your bot</source>
        <translation>BotFather가 발급한 봇 토큰</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="740"/>
        <source>Who gets alerts and may send commands (/status, /stop, …): chat ids, comma-separated. Anyone else gets no answer.</source>
        <translation>알림을 받고 명령(/status, /stop 등)을 보낼 수 있는 채팅 ID를 쉼표로 구분해 입력합니다. 다른 채팅에는 응답하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="742"/>
        <source>Chat ids</source>
        <translation>채팅 ID</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="744"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="1117"/>
        <source>Discord</source>
        <translation>디스코드</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="745"/>
        <source>Webhook URL</source>
        <translation>웹훅 URL</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="749"/>
        <source>What is sent</source>
        <translation>보낼 알림</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="750"/>
        <source>Paper fills too</source>
        <translation>모의 체결도 보내기</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="757"/>
        <source>HH:MM in the app&apos;s time zone, or off</source>
        <translation>앱 시간대 기준 HH:MM, 끄려면 off</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="758"/>
        <source>Daily summary at</source>
        <translation>일일 요약 시각</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="760"/>
        <source>Send a test message</source>
        <translation>테스트 메시지 보내기</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="770"/>
        <source>Local control API</source>
        <translation>로컬 제어 API</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="771"/>
        <source>For scripts and monitoring on this computer: GET /api/engine/status, POST /api/engine/start|stop|reset and more, each with the header Authorization: Bearer &lt;token&gt;.</source>
        <translation>이 컴퓨터의 스크립트와 모니터링용입니다: GET /api/engine/status, POST /api/engine/start|stop|reset 등. 모든 요청에 Authorization: Bearer &lt;토큰&gt; 헤더가 필요합니다.</translation>
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
        <translation>끔</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="786"/>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="788"/>
        <source>Listen on</source>
        <translation>수신 주소</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="789"/>
        <source>Token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="792"/>
        <source>Generate</source>
        <translation>생성</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="794"/>
        <source>A new random token (256 bits); save to keep it</source>
        <translation>새 무작위 토큰(256비트)을 만듭니다. 저장해야 유지됩니다</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="800"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="802"/>
        <source>Copies the token to the clipboard</source>
        <translation>토큰을 클립보드에 복사합니다</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="914"/>
        <source>not a KRW market of %1: %2</source>
        <translation>%1의 원화 마켓이 아닙니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="926"/>
        <source>Switching to LIVE trading: autocoin will place real orders with real money on %1 (%2), at most %3 KRW per buy order. Continue?</source>
        <translation>실거래로 전환합니다: autocoin이 %1 (%2)에서 매수 주문당 최대 %3원으로 실제 돈을 사용해 주문합니다. 계속할까요?</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="930"/>
        <source>Live trading</source>
        <translation>실거래</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="933"/>
        <source>Live trading was not confirmed: still paper trading.</source>
        <translation>실거래가 확인되지 않아 모의 거래를 유지합니다.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="972"/>
        <source>Keys stored in %1.</source>
        <translation>키를 %1에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="976"/>
        <source>The keys were NOT stored (%1). They are used until autocoin closes, then lost. Start a keychain (Secret Service, KWallet) and save again, or give them in the environment (UPBIT_ACCESS_KEY, UPBIT_SECRET_KEY, BITHUMB_API_KEY, BITHUMB_API_SECRET).</source>
        <translation>키가 저장되지 않았습니다 (%1). autocoin을 닫을 때까지만 쓰이고 그 뒤에는 사라집니다. 키체인(Secret Service, KWallet)을 실행한 뒤 다시 저장하거나, 환경 변수로 지정하세요 (UPBIT_ACCESS_KEY, UPBIT_SECRET_KEY, BITHUMB_API_KEY, BITHUMB_API_SECRET).</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="1067"/>
        <source>Asking %1 for the balances…</source>
        <translation>%1에 잔고를 조회하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="18"/>
        <source>Fast EMA</source>
        <translation>단기 EMA</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="19"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="21"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="23"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="31"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="36"/>
        <source> candles</source>
        <translation>봉</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="20"/>
        <source>Slow EMA</source>
        <translation>장기 EMA</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="25"/>
        <source>RSI overbought (no buy above)</source>
        <translation>RSI 과열 기준 (이상이면 매수 안 함)</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="26"/>
        <source>RSI floor (no buy below)</source>
        <translation>RSI 하한 (이하면 매수 안 함)</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="28"/>
        <source>RSI exit (sell above)</source>
        <translation>RSI 청산 기준 (이상이면 매도)</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="30"/>
        <source>Volume average period</source>
        <translation>거래량 평균 기간</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="32"/>
        <source>Volume needed for a buy</source>
        <translation>매수에 필요한 거래량</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="33"/>
        <source> × average</source>
        <translation> × 평균</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="37"/>
        <source>Stop distance</source>
        <translation>손절 거리</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="38"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="41"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="43"/>
        <source> × ATR</source>
        <translation> × ATR</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="40"/>
        <source>Trailing stop starts after a gain of</source>
        <translation>추적 손절 시작 수익</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="42"/>
        <source>Trailing stop distance</source>
        <translation>추적 손절 거리</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="44"/>
        <source>Risk per trade</source>
        <translation>거래당 위험</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="45"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="47"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="49"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="64"/>
        <source> % of equity</source>
        <translation> % (자산 대비)</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="46"/>
        <source>Largest position (Kelly cap)</source>
        <translation>최대 포지션 (켈리 상한)</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="48"/>
        <source>Position size at first</source>
        <translation>초기 포지션 크기</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="51"/>
        <source>Trades before Kelly sizing</source>
        <translation>켈리 비중 적용 전 거래 수</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="52"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="54"/>
        <source> trades</source>
        <translation>회</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="53"/>
        <source>Kelly sizing looks back</source>
        <translation>켈리 비중 계산 기간</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="55"/>
        <source>Largest order</source>
        <translation>최대 주문 금액</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="56"/>
        <location filename="../ui/settings/StrategyFields.cpp" line="61"/>
        <source> KRW</source>
        <translation> KRW</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="57"/>
        <source>Daily loss limit</source>
        <translation>일일 손실 한도</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="58"/>
        <source> % of the day&apos;s start</source>
        <translation> % (당일 시작 자산 대비)</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="60"/>
        <source>Daily loss limit in KRW</source>
        <translation>일일 손실 한도 (금액)</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="63"/>
        <source>Most in positions together</source>
        <translation>보유 포지션 합계 최대 비중</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="65"/>
        <source>Most markets held at once</source>
        <translation>동시 보유 최대 종목 수</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="68"/>
        <source>Sell when the market is designated warning (유의)</source>
        <translation>유의 종목 지정 시 매도</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="71"/>
        <source>No new entry in a market with a caution flag (주의)</source>
        <translation>주의 종목은 신규 매수 안 함</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="503"/>
        <source>must be a number of KRW from %1 to %2 (the commas between thousands are optional)</source>
        <translation>%1원부터 %2원 사이의 금액이어야 합니다 (천 단위 쉼표는 넣어도, 빼도 됩니다)</translation>
    </message>
    <message>
        <location filename="../ui/settings/StrategyFields.cpp" line="82"/>
        <source>On</source>
        <translation>켬</translation>
    </message>
</context>
<context>
    <name>autocoin::StateBadge</name>
    <message>
        <location filename="../ui/status/StateBadge.cpp" line="15"/>
        <source>KILL SWITCH ON</source>
        <translation>긴급 정지됨</translation>
    </message>
    <message>
        <location filename="../ui/status/StateBadge.cpp" line="17"/>
        <source>%1 · kill switch on</source>
        <translation>%1 · 긴급 정지됨</translation>
    </message>
</context>
<context>
    <name>autocoin::StatusPanel</name>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="86"/>
        <source>Engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="36"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="37"/>
        <source>Paper Mode</source>
        <translation>모의 거래</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="47"/>
        <source>Thread Alive</source>
        <translation>스레드 동작</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="44"/>
        <source>Exchange</source>
        <translation>거래소</translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="vanished">마켓</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="39"/>
        <location filename="../ui/status/StatusPanel.cpp" line="181"/>
        <location filename="../ui/status/StatusPanel.cpp" line="182"/>
        <source>Last Price</source>
        <translation>현재가</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="42"/>
        <source>Signal</source>
        <translation>신호</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="43"/>
        <source>Stop</source>
        <translation>손절가</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="45"/>
        <source>Iteration</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="46"/>
        <source>Failures / Max Failures</source>
        <translation>실패 / 최대 실패</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="48"/>
        <location filename="../ui/status/StatusPanel.cpp" line="208"/>
        <source>Last Error</source>
        <translation>최근 오류</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="54"/>
        <source>Markets</source>
        <translation>마켓</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="57"/>
        <source>Market Data</source>
        <translation>시세</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="170"/>
        <source>Yes (paper trading)</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="170"/>
        <source>No — LIVE</source>
        <translation>아니요 — 실거래</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="172"/>
        <location filename="../ui/status/StatusPanel.cpp" line="214"/>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="172"/>
        <location filename="../ui/status/StatusPanel.cpp" line="214"/>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="192"/>
        <source>trailing</source>
        <translation>추적</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="208"/>
        <source>Stopped by</source>
        <translation>정지 사유</translation>
    </message>
    <message>
        <location filename="../ui/status/StatusPanel.cpp" line="212"/>
        <source>Iteration: %1
Thread alive: %2
Failures: %3 / %4</source>
        <translation>반복 횟수: %1
스레드 동작: %2
실패: %3 / %4</translation>
    </message>
</context>
<context>
    <name>autocoin::WatchlistModel</name>
    <message>
        <location filename="../ui/portfolio/WatchlistModel.cpp" line="59"/>
        <source>no longer traded: managed until the position is closed</source>
        <translation>더 이상 매매 대상이 아님: 포지션이 청산될 때까지 관리합니다</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/WatchlistModel.cpp" line="146"/>
        <source>Market</source>
        <translation>마켓</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/WatchlistModel.cpp" line="148"/>
        <source>Last price</source>
        <translation>현재가</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/WatchlistModel.cpp" line="150"/>
        <source>24 h change</source>
        <translation>24시간 등락률</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/WatchlistModel.cpp" line="152"/>
        <source>Last signal</source>
        <translation>최근 신호</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/WatchlistModel.cpp" line="154"/>
        <source>Position</source>
        <translation>보유 수량</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/WatchlistModel.cpp" line="156"/>
        <source>Average price</source>
        <translation>평균 단가</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/WatchlistModel.cpp" line="158"/>
        <source>Unrealised PnL</source>
        <translation>미실현 손익</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/WatchlistModel.cpp" line="160"/>
        <source>Unrealised %</source>
        <translation>수익률</translation>
    </message>
</context>
<context>
    <name>autocoin::WhyPanel</name>
    <message>
        <location filename="../ui/why/WhyPanel.cpp" line="138"/>
        <source>Why no trade?</source>
        <translation>매매 판단</translation>
    </message>
    <message>
        <location filename="../ui/why/WhyPanel.cpp" line="138"/>
        <source>Why no trade? — %1</source>
        <translation>매매 판단 — %1</translation>
    </message>
</context>
<context>
    <name>autocoin::WhyText</name>
    <message>
        <location filename="../ui/why/WhyText.cpp" line="35"/>
        <source>No decision yet for this market</source>
        <translation>이 종목은 아직 판단 전입니다</translation>
    </message>
    <message>
        <location filename="../ui/why/WhyText.cpp" line="46"/>
        <source>Last decision %1 · next decision %2 (%3)</source>
        <translation>마지막 판단 %1 · 다음 판단 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/why/WhyText.cpp" line="50"/>
        <source>Last decision %1 (%2)</source>
        <translation>마지막 판단 %1 (%2)</translation>
    </message>
</context>
</TS>

package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Japanese and Korean terms that cover each category's scope as the defining texts set it out (輸出貿易管理令 別表第一,
 * the 特定重要技術 areas, the K Program visions; the 국가전략기술 and the 전략물자 수출입고시): systems, components,
 * processes and materials as proposals in either language name them, while ordinary research, and words that only
 * share a piece with a term (ブランケット holds ロケット's bigrams, 소나무 a pine holds 소나), find nothing.
 */
class JapaneseAndKoreanScopeCoverageTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "バインダージェッティングで造形した部品の焼結収縮 | ADV_MANUFACTURING",
                "チップレットを用いた先端パッケージングの熱設計 | SEMICONDUCTORS",
                "遷移金属ダイカルコゲナイドの単層成長と評価 | ADV_MATERIALS",
                "エクサスケールのスパコンにおけるジョブ配置 | ADV_COMPUTING",
                "敵対的生成ネットワークの知識蒸留による軽量化 | AI",
                "捕捉イオンを用いた量子ゲートの高忠実度化 | QUANTUM",
                "非地上系ネットワークにおける基地局間の干渉制御 | TELECOM_NETWORKS",
                "パルスパワー電源とマルクス発生器の設計 | DIRECTED_ENERGY",
                "光ファイバジャイロを用いた慣性計測装置の誤差補償 | PNT",
                "ウェーブライダー形状の空力加熱の評価 | HYPERSONICS",
                "曳航アレイによる水中放射雑音の計測 | MARINE_UNDERWATER",
                "レンチウイルスベクターの製造とバイオものづくり | BIOTECH",
                "溶融塩炉の燃料塩とトカマクのダイバータ熱負荷 | NUCLEAR",
                "자기지도학습 기반 객체 탐지 모델 경량화 | AI",
                "랜섬웨어 행위 기반 조기 탐지 기법 | CYBER_CRYPTO",
                "비냉각 적외선 초점면 배열의 화소 설계 | SENSING_SURVEILLANCE",
                "고체 로켓 모터의 연소 불안정과 추진제 조성 | AEROSPACE_SPACE",
                "매니퓰레이터의 동작 계획과 파지 위치 추정 | ROBOTICS_AUTONOMY",
                "근전도 의수 제어와 신경 인터페이스 개발 | HMI_NEURO",
                "나트륨이온 전지 양극 활물질 개발 | ADV_ENERGY",
                "성형작약 탄두의 관통자 형성 수치해석 | ADV_WEAPONS",
                "전이금속 칼코겐화물 단층 성장과 특성 평가 | ADV_MATERIALS",
                "포획 이온을 이용한 양자 게이트 충실도 향상 | QUANTUM",
                "밀리미터파 통신을 위한 빔포밍 설계 | TELECOM_NETWORKS",
                "소듐냉각고속로 핵연료 피복관 연구 | NUCLEAR",
            })
    void findsTheCategoryOfATermOfItsScope(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "睡眠中の体動を測るベッドセンサーの使い勝手",
                "羽毛ブランケットの保温性と睡眠の質",
                "ステルスマーケティングの規制と消費者保護",
                "音声データの量子化による圧縮手法の比較",
                "로켓배송 서비스와 소비자 만족도",
                "감소해 온 출산율의 원인 분석",
                "함정에 빠진 청소년의 도박 문제",
                "노동시장 재진입 여성의 경력 단절",
                "한중 양자 협력과 정상회담의 외교사",
                "소나무 숲의 탄소 저장량 추정",
            })
    void findsNothingInOrdinaryResearch(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).isEmpty();
    }
}

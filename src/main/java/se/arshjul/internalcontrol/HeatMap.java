package se.arshjul.internalcontrol;

import java.util.ArrayList;
import java.util.List;

/**
 * The 4×4 risk matrix: rows konsekvens 4 (top) to 1, columns sannolikhet 1 to 4. Each cell holds the
 * risks scored there and the colour band of its riskvärde.
 */
public record HeatMap(List<Row> rows) {

    public record Cell(int sannolikhet, int konsekvens, int riskvarde, RiskScale.Level level, List<Risk> risks) {}

    public record Row(int konsekvens, List<Cell> cells) {}

    public static HeatMap of(List<Risk> risks) {
        List<Row> rows = new ArrayList<>();
        for (int k = 4; k >= 1; k--) {
            List<Cell> cells = new ArrayList<>();
            for (int s = 1; s <= 4; s++) {
                int ss = s, kk = k;
                cells.add(new Cell(s, k, s * k, RiskScale.level(s * k),
                        risks.stream().filter(r -> r.sannolikhet() == ss && r.konsekvens() == kk).toList()));
            }
            rows.add(new Row(k, cells));
        }
        return new HeatMap(rows);
    }

    public Cell cell(int sannolikhet, int konsekvens) {
        return rows.get(4 - konsekvens).cells().get(sannolikhet - 1);
    }
}

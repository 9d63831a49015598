package se.arshjul.internalcontrol;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import se.arshjul.time.SwedishTime;

/**
 * The follow-up view of a year's plan: per kontrollmoment how many kontrolltillfällen were expected,
 * started, done and overdue, the avvikelser and their open åtgärder, and one cell per period.
 */
@Service
public class InternalControlDashboard {

    /** One period of a control; {@code state} is also the css class and the key {@code ic.dashboard.state.<state>}. */
    public record PeriodCell(String label, String state) {}

    public record ControlStatus(Kontrollmoment control, int expected, int planned, int done, int overdue, int avvikelser,
                                int openActions, List<PeriodCell> periods) {}

    private final KontrollmomentService controls;
    private final SwedishTime times;

    public InternalControlDashboard(KontrollmomentService controls, SwedishTime times) {
        this.controls = controls;
        this.times = times;
    }

    public List<ControlStatus> rows(int year) {
        LocalDateTime now = times.now();
        return controls.controls(year).stream().map(c -> row(c, year, now)).toList();
    }

    private ControlStatus row(Kontrollmoment c, int year, LocalDateTime now) {
        List<Kontrolltillfalle> runs = controls.kontrolltillfallen(c.id());
        int expected = c.frekvens() == null ? 0 : c.frekvens().periods(year, c.valdaManader()).size();
        int done = 0, overdue = 0, avvikelser = 0, open = 0;
        List<PeriodCell> cells = new ArrayList<>();
        for (Kontrolltillfalle run : runs) {
            List<Avvikelse> found = controls.avvikelser(run.id());
            avvikelser += found.size();
            int openHere = (int) found.stream().filter(Avvikelse::open).count();
            open += openHere;
            String state;
            if (run.status() == Kontrolltillfalle.Status.DONE) {
                done++;
                state = run.result() != Kontrolltillfalle.Result.AVVIKELSE ? "klar" : openHere > 0 ? "avvikelse-oppen" : "avvikelse-stangd";
            } else if (run.overdue(now)) {
                overdue++;
                state = "forsenad";
            } else {
                state = "planerad";
            }
            cells.add(new PeriodCell(run.periodLabel(), state));
        }
        return new ControlStatus(c, expected, runs.size(), done, overdue, avvikelser, open, cells);
    }

    /** The column sums of {@link #rows}: expected, planned, done, overdue, avvikelser, open åtgärder. */
    public static int[] totals(List<ControlStatus> rows) {
        return new int[] {
                rows.stream().mapToInt(ControlStatus::expected).sum(),
                rows.stream().mapToInt(ControlStatus::planned).sum(),
                rows.stream().mapToInt(ControlStatus::done).sum(),
                rows.stream().mapToInt(ControlStatus::overdue).sum(),
                rows.stream().mapToInt(ControlStatus::avvikelser).sum(),
                rows.stream().mapToInt(ControlStatus::openActions).sum()};
    }
}

package se.arshjul.internalcontrol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Södertälje socialnämnd, Internkontrollplan 2023, Bilaga 1 (seed 004): the 12 kontrollmoment, read
 * from {@code demo/sodertalje-kontrollmoment.json}. The plan names roles; they are routed to groups
 * there: ROCH AoF → vuxen, ROCH BoU → barn-unga, ROCH (any resultatområde) → chefer, Stabschef → stab
 * (lena), Socialdirektör → förvaltningsledning (dan). Two gaps in the source are filled and marked
 * in the row's note: no month for no. 6 (November chosen, like the other yearly controls) and no
 * method for no. 10 (Totalundersökning chosen).
 */
public final class SodertaljeControls {

    public record Row(String process, String kontrollmal, String roll, String group, String user, Kontrollmoment.Metod method,
                      Frequency frequency, List<Integer> months, String rapportTill, String rapportNar, String note) {

        public KontrollmomentForm form() {
            KontrollmomentForm f = KontrollmomentForm.blank(rapportTill, rapportNar);
            f.setProcess(process);
            f.setKontrollmal(kontrollmal);
            f.setAnsvarigRoll(roll);
            f.setAnsvarigGrupp(group);
            f.setAnsvarigPerson(user);
            f.setMetod(method.name());
            f.setFrekvens(frequency.name());
            f.setManader(new ArrayList<>(months));
            f.setVarfor(note);
            return f;
        }
    }

    public static final List<Row> BILAGA_1 = read("demo/sodertalje-kontrollmoment.json");

    private static List<Row> read(String resource) {
        try (InputStream in = SodertaljeControls.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing");
            return List.of(new ObjectMapper().readValue(in, Row[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " could not be read", e);
        }
    }

    private SodertaljeControls() {}
}

package se.arshjul.internalcontrol;

import java.util.List;

/**
 * Södertälje socialnämnd, Internkontrollplan 2023, Bilaga 1 (seed 004): the 12 kontrollmoment.
 * The plan names roles; they are routed to groups here: ROCH AoF → vuxen, ROCH BoU → barn-unga,
 * ROCH (any resultatområde) → chefer, Stabschef → stab (lena), Socialdirektör → förvaltningsledning (dan).
 * Two gaps in the source are filled and marked: no month for no. 6 ("1 gång/ år": November chosen,
 * like the other yearly controls) and no method for no. 10 (Totalundersökning chosen).
 */
public final class SodertaljeControls {

    public record Row(String process, String kontrollmal, String roll, String group, String user, Kontrollmoment.Method method,
                      Frequency frequency, List<Integer> months, String note) {

        public KontrollmomentForm form() {
            KontrollmomentForm f = new KontrollmomentForm();
            f.setProcess(process);
            f.setKontrollmal(kontrollmal);
            f.setAnsvarigRoll(roll);
            f.setAnsvarigGrupp(group);
            f.setAnsvarigPerson(user);
            f.setMetod(method.name());
            f.setFrekvens(frequency.name());
            f.setManader(new java.util.ArrayList<>(months));
            f.setRapportTill("Socialnämnd");
            f.setRapportNar("Årsbokslut");
            f.setVarfor(note);
            return f;
        }
    }

    private static final Kontrollmoment.Method STICKPROV = Kontrollmoment.Method.STICKPROV;
    private static final Kontrollmoment.Method TOTAL = Kontrollmoment.Method.TOTALUNDERSOKNING;
    private static final List<Integer> APR_AUG_DEC = List.of(4, 8, 12);

    public static final List<Row> BILAGA_1 = List.of(
            new Row("1. Egen försörjning", "Att relevant insats finns i ärendet", "ROCH AoF", "vuxen", null, STICKPROV, Frequency.MONTHLY, List.of(), null),
            new Row("2. FUT, Felaktiga utbetalningar", "Att utbetalningar sker utan avvikelser", "ROCH AoF", "vuxen", null, STICKPROV, Frequency.MONTHLY, List.of(), null),
            new Row("3. Utredningsprocess", "Att utredningar färdigställs inom 122 dagar", "ROCH BoU", "barn-unga", null, TOTAL, Frequency.MONTHLY, List.of(), null),
            new Row("4. Rutin för borttag, Combine", "Att borttag av process hanteras enligt ny rutin", "Stabschef", "stab", "lena", TOTAL, Frequency.MONTHLY, List.of(), null),
            new Row("5. Systemleverantör, Combine", "Att följa rapporterade systemfel", "Stabschef", "stab", "lena", TOTAL, Frequency.SELECTED_MONTHS, APR_AUG_DEC, null),
            new Row("6. Rutin loggkontroll, Combine", "Att användare har giltigt skäl att vara inne i ärenden", "Stabschef", "stab", "lena", STICKPROV, Frequency.YEARLY, List.of(11),
                    "Planen anger \"1 gång/ år\" utan månad; november är vald här."),
            new Row("7. Riktlinje korruption/jäv/mutor", "Att samtliga av nämndens verksamheter har uppmärksammat området korruption/jäv/mutor på APT enligt aktuell riktlinje", "ROCH", "chefer", null, TOTAL, Frequency.YEARLY, List.of(11), null),
            new Row("8. Extern samverkan – samordnad individuell plan (SIP)", "Att SIP avvikelser rapporteras", "ROCH", "chefer", null, TOTAL, Frequency.SELECTED_MONTHS, APR_AUG_DEC, null),
            new Row("9. Lokalförsörjningsprocessen", "Att socialkontoret systematiskt (LG möten) följer upp lokalbehovsfrågor enligt aktuell struktur", "Socialdirektör", "forvaltningsledning", "dan", TOTAL, Frequency.SELECTED_MONTHS, APR_AUG_DEC, null),
            new Row("10. Externa utförare", "Att uppföljningsplan efterlevs", "Socialdirektör", "forvaltningsledning", "dan", TOTAL, Frequency.YEARLY, List.of(11),
                    "Planen anger ingen kontrollmetod; totalundersökning är vald här."),
            new Row("11. Krisberedskap", "Att kontinuitetsplaner finns och är aktuella", "ROCH", "chefer", null, TOTAL, Frequency.SELECTED_MONTHS, List.of(5, 11), null),
            new Row("12. Uppföljningsprocess", "Att planerade riskåtgärder genomförs enligt plan", "Socialdirektör", "forvaltningsledning", "dan", TOTAL, Frequency.MONTHLY, List.of(), null));

    private SodertaljeControls() {}
}

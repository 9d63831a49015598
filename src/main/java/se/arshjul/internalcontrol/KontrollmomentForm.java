package se.arshjul.internalcontrol;

import java.util.ArrayList;
import java.util.List;

import se.arshjul.validation.MaxLength;
import se.arshjul.validation.Required;

/**
 * What the kontrollmoment editor posts, named as the plan names it. Field rules are Bean Validation;
 * the choices and the rules between fields are {@link KontrollmomentRules}.
 */
public class KontrollmomentForm {
    @Required @MaxLength(200) private String process;
    @Required @MaxLength(1000) private String kontrollmal;
    @MaxLength(200) private String ansvarigRoll;
    private String ansvarigGrupp;
    @MaxLength(64) private String ansvarigPerson;
    private String metod;
    private String stickprov;
    private String frekvens;
    private List<Integer> manader = new ArrayList<>();
    @MaxLength(200) private String rapportTill;
    @MaxLength(200) private String rapportNar;
    private boolean kommunovergripande;
    @MaxLength(4000) private String varfor;
    private Long version;

    public static KontrollmomentForm of(Kontrollmoment c) {
        KontrollmomentForm f = new KontrollmomentForm();
        f.process = c.process();
        f.kontrollmal = c.kontrollmal();
        f.ansvarigRoll = c.ansvarigRoll();
        f.ansvarigGrupp = c.ansvarigGrupp();
        f.ansvarigPerson = c.ansvarigPerson();
        f.metod = c.metod() == null ? null : c.metod().name();
        f.stickprov = c.stickprov() == null ? null : c.stickprov().toString();
        f.frekvens = c.frekvens() == null ? null : c.frekvens().name();
        f.manader = new ArrayList<>(c.valdaManader());
        f.rapportTill = c.rapportTill();
        f.rapportNar = c.rapportNar();
        f.kommunovergripande = c.kommunovergripande();
        f.varfor = c.varfor();
        f.version = c.version();
        return f;
    }

    /** A new kontrollmoment, reported to the given receiver at the given time unless the user changes it. */
    public static KontrollmomentForm blank(String rapportTill, String rapportNar) {
        KontrollmomentForm f = new KontrollmomentForm();
        f.rapportTill = rapportTill;
        f.rapportNar = rapportNar;
        return f;
    }

    public String getProcess() { return process; }
    public void setProcess(String v) { process = v; }
    public String getKontrollmal() { return kontrollmal; }
    public void setKontrollmal(String v) { kontrollmal = v; }
    public String getAnsvarigRoll() { return ansvarigRoll; }
    public void setAnsvarigRoll(String v) { ansvarigRoll = v; }
    public String getAnsvarigGrupp() { return ansvarigGrupp; }
    public void setAnsvarigGrupp(String v) { ansvarigGrupp = v; }
    public String getAnsvarigPerson() { return ansvarigPerson; }
    public void setAnsvarigPerson(String v) { ansvarigPerson = v; }
    public String getMetod() { return metod; }
    public void setMetod(String v) { metod = v; }
    public String getStickprov() { return stickprov; }
    public void setStickprov(String v) { stickprov = v; }
    public String getFrekvens() { return frekvens; }
    public void setFrekvens(String v) { frekvens = v; }
    public List<Integer> getManader() { return manader; }
    public void setManader(List<Integer> v) { manader = v == null ? new ArrayList<>() : v; }
    public String getRapportTill() { return rapportTill; }
    public void setRapportTill(String v) { rapportTill = v; }
    public String getRapportNar() { return rapportNar; }
    public void setRapportNar(String v) { rapportNar = v; }
    public boolean isKommunovergripande() { return kommunovergripande; }
    public void setKommunovergripande(boolean v) { kommunovergripande = v; }
    public String getVarfor() { return varfor; }
    public void setVarfor(String v) { varfor = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}

package se.arshjul.internalcontrol;

import java.util.ArrayList;
import java.util.List;

/** What the kontrollmoment editor posts; validated by {@link InternalControlService#saveControl}. */
public class ControlForm {
    private String process;
    private String kontrollmal;
    private String ansvarigRoll;
    private String ansvarigGroup;
    private String ansvarigUser;
    private String method;
    private String sampleSize;
    private String frequency;
    private List<Integer> months = new ArrayList<>();
    private String rapportTill;
    private String rapportNar;
    private boolean kommunovergripande;
    private String varfor;
    private Long version;

    public static ControlForm of(Kontrollmoment c) {
        ControlForm f = new ControlForm();
        f.process = c.process();
        f.kontrollmal = c.kontrollmal();
        f.ansvarigRoll = c.ansvarigRoll();
        f.ansvarigGroup = c.ansvarigGroup();
        f.ansvarigUser = c.ansvarigUser();
        f.method = c.method() == null ? null : c.method().name();
        f.sampleSize = c.sampleSize() == null ? null : c.sampleSize().toString();
        f.frequency = c.frequency() == null ? null : c.frequency().name();
        f.months = new ArrayList<>(c.months());
        f.rapportTill = c.rapportTill();
        f.rapportNar = c.rapportNar();
        f.kommunovergripande = c.kommunovergripande();
        f.varfor = c.varfor();
        f.version = c.version();
        return f;
    }

    public static ControlForm blank() {
        ControlForm f = new ControlForm();
        f.rapportTill = "Socialnämnd";
        f.rapportNar = "Årsbokslut";
        return f;
    }

    public String getProcess() { return process; }
    public void setProcess(String v) { process = v; }
    public String getKontrollmal() { return kontrollmal; }
    public void setKontrollmal(String v) { kontrollmal = v; }
    public String getAnsvarigRoll() { return ansvarigRoll; }
    public void setAnsvarigRoll(String v) { ansvarigRoll = v; }
    public String getAnsvarigGroup() { return ansvarigGroup; }
    public void setAnsvarigGroup(String v) { ansvarigGroup = v; }
    public String getAnsvarigUser() { return ansvarigUser; }
    public void setAnsvarigUser(String v) { ansvarigUser = v; }
    public String getMethod() { return method; }
    public void setMethod(String v) { method = v; }
    public String getSampleSize() { return sampleSize; }
    public void setSampleSize(String v) { sampleSize = v; }
    public String getFrequency() { return frequency; }
    public void setFrequency(String v) { frequency = v; }
    public List<Integer> getMonths() { return months; }
    public void setMonths(List<Integer> v) { months = v == null ? new ArrayList<>() : v; }
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

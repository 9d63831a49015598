package se.arshjul.internalcontrol;

import se.arshjul.validation.MaxLength;
import se.arshjul.validation.Required;

/**
 * What the risk editor posts. Field rules are Bean Validation ({@link RiskRegister#saveRisk} checks
 * them with {@code FormValidator}); the scales and the placement are choices read there.
 */
public class RiskForm {
    @Required @MaxLength(200) private String process;
    @MaxLength(500) private String namndmal;
    @Required @MaxLength(1000) private String risk;
    @MaxLength(8000) private String bakgrund;
    private String sannolikhet;
    private String konsekvens;
    private String placement;
    private Long version;

    public static RiskForm of(Risk r) {
        RiskForm f = new RiskForm();
        f.process = r.process();
        f.namndmal = r.namndmal();
        f.risk = r.risk();
        f.bakgrund = r.bakgrund();
        f.sannolikhet = String.valueOf(r.sannolikhet());
        f.konsekvens = String.valueOf(r.konsekvens());
        f.placement = r.placement().name();
        f.version = r.version();
        return f;
    }

    public String getProcess() { return process; }
    public void setProcess(String v) { process = v; }
    public String getNamndmal() { return namndmal; }
    public void setNamndmal(String v) { namndmal = v; }
    public String getRisk() { return risk; }
    public void setRisk(String v) { risk = v; }
    public String getBakgrund() { return bakgrund; }
    public void setBakgrund(String v) { bakgrund = v; }
    public String getSannolikhet() { return sannolikhet; }
    public void setSannolikhet(String v) { sannolikhet = v; }
    public String getKonsekvens() { return konsekvens; }
    public void setKonsekvens(String v) { konsekvens = v; }
    public String getPlacement() { return placement; }
    public void setPlacement(String v) { placement = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}

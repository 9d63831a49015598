package se.arshjul.demo;

import se.arshjul.status.ActionStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.internalcontrol.AuditAction;
import se.arshjul.internalcontrol.AuditActionRepository;
import se.arshjul.internalcontrol.InternalControlPlanRepository;
import se.arshjul.internalcontrol.InternalControlPlanService;
import se.arshjul.internalcontrol.InternalControlService;
import se.arshjul.internalcontrol.Kontrollmoment;
import se.arshjul.internalcontrol.KontrollmomentRepository;
import se.arshjul.internalcontrol.Risk;
import se.arshjul.internalcontrol.RiskAction;
import se.arshjul.internalcontrol.RiskActionRepository;
import se.arshjul.internalcontrol.RiskRepository;
import se.arshjul.internalcontrol.SodertaljeControls;

/**
 * Demo data (profile demo), created once: Huddinge 2021 with the statuses reported at
 * delår 2 (seed 002), Huddinge's 2022 plan from seed 000
 * ({@code demo/vp-2022.json} "internkontroll": risks with bakgrund and riskåtgärd, åtgärder från
 * revision, systematiska kontroller incl. kommunövergripande) and Södertälje's 12 kontrollmoment
 * for 2023 from seed 004 Bilaga 1. Seed 000 gives no sannolikhet/konsekvens: the risks get 3 × 3
 * (riskvärde 9, the default threshold), since the board lifted them into its plan; its controls
 * have no method or frequency, so that plan cannot be fastställd until they are filled in.
 */
@Component
@Profile({"demo", "test"})
public class InternalControlDemo {
    private static final Logger log = LoggerFactory.getLogger(InternalControlDemo.class);
    static final int HUDDINGE_DELAR2_YEAR = 2021;
    static final int HUDDINGE_YEAR = 2022;
    static final int SODERTALJE_YEAR = 2023;
    private static final CurrentUser SYSTEM = new CurrentUser("admin", List.of(Groups.ADMIN));

    private final InternalControlService service;
    private final InternalControlPlanService planService;
    private final InternalControlPlanRepository plans;
    private final RiskRepository risks;
    private final RiskActionRepository riskActions;
    private final AuditActionRepository auditActions;
    private final KontrollmomentRepository controls;
    private final ObjectMapper json;
    private final TransactionTemplate tx;

    InternalControlDemo(InternalControlService service,
                            InternalControlPlanService planService, InternalControlPlanRepository plans,
                            RiskRepository risks, RiskActionRepository riskActions, AuditActionRepository auditActions,
                            KontrollmomentRepository controls, ObjectMapper json, TransactionTemplate tx) {
        this.service = service;
        this.planService = planService;
        this.plans = plans;
        this.risks = risks;
        this.riskActions = riskActions;
        this.auditActions = auditActions;
        this.controls = controls;
        this.json = json;
        this.tx = tx;
    }

    /** Creates each demo plan unless its year already has one (so a restart changes nothing). */
    public void seedOnce() {
        tx.executeWithoutResult(s -> {
            if (plans.findByPlanYear(HUDDINGE_DELAR2_YEAR).isEmpty()) {
                huddinge2021AtDelar2();
            }
            if (plans.findByPlanYear(HUDDINGE_YEAR).isEmpty()) {
                huddinge2022();
            }
            if (plans.findByPlanYear(SODERTALJE_YEAR).isEmpty()) {
                sodertalje2023();
            }
        });
    }

    void huddinge2022() {
        JsonNode ik;
        try (InputStream in = new ClassPathResource("demo/vp-2022.json").getInputStream()) {
            ik = json.readTree(in).path("internkontroll");
        } catch (IOException e) {
            throw new IllegalStateException("demo/vp-2022.json kunde inte läsas", e);
        }
        plans.save(planService.plan(HUDDINGE_YEAR));
        for (JsonNode r : ik.path("riskatgarder")) {
            Risk risk = risks.save(new Risk(null, HUDDINGE_YEAR, text(r, "process"), text(r, "namndmal"), text(r, "risk"),
                    text(r, "bakgrund"), 3, 3, Risk.Placement.NAMNDENS_PLAN, null));
            if (text(r, "atgard") != null) {
                riskActions.save(new RiskAction(null, risk.id(), text(r, "atgard"), text(r, "ansvarig"), null, null, null, null));
            }
        }
        for (JsonNode a : ik.path("revisionsatgarder")) {
            auditActions.save(new AuditAction(null, HUDDINGE_YEAR, text(a, "granskning"), text(a, "diarienummer"),
                    text(a, "bakgrund"), text(a, "atgard"), null, null));
        }
        for (JsonNode c : ik.path("kontroller")) {
            controls.save(new Kontrollmoment(null, HUDDINGE_YEAR, text(c, "process"), text(c, "kontrollmal"), text(c, "ansvarig"),
                    null, null, null, null, null, null, "Socialnämnden", "Delår 2 och verksamhetsberättelse",
                    c.path("kommunovergripande").asBoolean(false), text(c, "varfor"), null));
        }
        log.info("Demodata internkontroll {}: {} risker, {} kontroller", HUDDINGE_YEAR, ik.path("riskatgarder").size(), ik.path("kontroller").size());
    }

    /**
     * Seed 002 (delårsrapport per 31 augusti 2021): the two riskreducerande åtgärder and the KPMG
     * revision action with their status and kommentar at delår 2, as the report states them.
     */
    void huddinge2021AtDelar2() {
        plans.save(planService.plan(HUDDINGE_DELAR2_YEAR));
        String goal = "Barn och vuxna beviljas insatser som leder till en varaktig positiv förändring.";
        Risk boendestod = risks.save(new Risk(null, HUDDINGE_DELAR2_YEAR, "Huvudprocess", goal,
                "Brukare med beviljat boendestöd får inte insatser utifrån sina behov då verksamhetens arbetsätt och resurser ej är förenliga med volymerna.",
                null, 3, 3, Risk.Placement.NAMNDENS_PLAN, null));
        riskActions.save(new RiskAction(null, boendestod.id(),
                "Verksamheten behöver utveckla sina arbetsätt för att effektivisera mötet med brukaren med bibehållen kvalitet. "
                        + "I förhållande till att volymerna ökar kan resurser behöva ses över längre fram.",
                "socialpsykiatri", null, ActionStatus.TROLIGEN_KLART_I_AR,
                "Arbetet med åtgärderna löper enligt plan. Verksamheten har sett över och gjort förändringar i gruppindelningar för att "
                        + "effektivisera och samtidigt minska sårbarheten i händelse av frånvaro. Arbetet har blivit något försenat till följd "
                        + "av verksamhetens anpassningar till pandemin.", null));
        Risk avhoppare = risks.save(new Risk(null, HUDDINGE_DELAR2_YEAR, "Huvudprocess", goal,
                "Kriminella personer som är motiverade att lämna en kriminell livsstil kan inte erbjudas insatser utifrån avsaknad av resurser och ett sammanhållet stöd.",
                null, 3, 3, Risk.Placement.NAMNDENS_PLAN, null));
        riskActions.save(new RiskAction(null, avhoppare.id(),
                "Ett samlat grepp behöver tas tillsammans med andra myndigheter och berörda nämnder för att tillsammans se över hur "
                        + "målgruppen ska kunna erbjudas adekvata insatser.",
                "vuxen", null, ActionStatus.EJ_KLART_I_AR,
                "Arbetet med att möta denna risk pågår löpande och lyfts även som en av nämndens utmaningar inför kommande år. "
                        + "För att lyckas behöver arbetet formaliseras och resurser avsättas.", null));
        auditActions.save(new AuditAction(null, HUDDINGE_DELAR2_YEAR, "Granskning av kommunens arbete med våld i nära relationer",
                "SN 2019/1703", "Huddinge kommun har uppdragit KPMG AB att genomföra en granskning av kommunens arbete med våld i nära relationer.",
                "Övergripande mål och handlingsplan för att motverka våld i nära relationer tas fram inom ramen för den kommunövergripande "
                        + "preventionsamordningen.", ActionStatus.KLART, null));
        log.info("Demodata internkontroll {}: status vid delår 2 (seed 002)", HUDDINGE_DELAR2_YEAR);
    }

    void sodertalje2023() {
        plans.save(planService.plan(SODERTALJE_YEAR));
        SodertaljeControls.BILAGA_1.forEach(row -> service.saveControl(SODERTALJE_YEAR, null, row.form(), SYSTEM));
        log.info("Demodata internkontroll {}: {} kontrollmoment (Södertälje, Bilaga 1)", SODERTALJE_YEAR, SodertaljeControls.BILAGA_1.size());
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}

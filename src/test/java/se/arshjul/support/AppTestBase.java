package se.arshjul.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The one Spring context every web, mail and browser test shares: the real application on a random
 * port (so browsers and plain HTTP clients reach it) plus MockMvc, the real engine on the test
 * profile's database, and e-mail switched on against an in-JVM GreenMail server. Keep every test
 * class on this base without extra configuration, so Spring builds the context once per run.
 *
 * <p>Before each test the engine clock is reset, all running process instances, notifications and
 * received mails are removed, so tests never see each other's tasks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class AppTestBase {

    public static final String PASSWORD = "demo1234";
    public static final String MAIL_DOMAIN = "@kommun.example";

    /** One SMTP server for the whole test JVM; the shared context sends its mail here. */
    protected static final GreenMail MAIL = startMail();

    @DynamicPropertySource
    static void mailProperties(DynamicPropertyRegistry registry) {
        registry.add("arshjul.mail.enabled", () -> "true");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @Autowired protected MockMvc mvc;
    @Autowired protected RuntimeService runtimeService;
    @Autowired protected TaskService taskService;
    @Autowired protected HistoryService historyService;
    @Autowired protected IdentityService identityService;
    @Autowired protected ManagementService managementService;
    @Autowired protected JdbcTemplate jdbc;
    @LocalServerPort protected int port;

    @BeforeEach
    void cleanState() throws Exception {
        ClockUtil.reset();
        identityService.clearAuthentication();
        for (ProcessInstance pi : runtimeService.createProcessInstanceQuery().rootProcessInstances().list()) {
            runtimeService.deleteProcessInstance(pi.getId(), "test cleanup", true, true);
        }
        jdbc.update("DELETE FROM notification");
        MAIL.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** MockMvc login as a demo user with exactly the groups Camunda identity gives them (as the real login does). */
    protected RequestPostProcessor as(String userId) {
        List<GrantedAuthority> authorities = groupsOf(userId).stream()
                .map(g -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + g)).toList();
        return authentication(new UsernamePasswordAuthenticationToken(userId, null, authorities));
    }

    /** Follows a POST's redirect like a browser does (flash attributes included) and returns the page. */
    protected String followRedirect(org.springframework.test.web.servlet.MvcResult result, String userId) throws Exception {
        String location = result.getResponse().getRedirectedUrl();
        if (location == null) {
            throw new AssertionError("Expected a redirect, got " + result.getResponse().getStatus());
        }
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(location)
                        .with(as(userId)).flashAttrs(result.getFlashMap()))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    protected String page(String path, String userId) throws Exception {
        var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(as(userId)))
                .andReturn().getResponse();
        if (response.getStatus() != 200) {
            throw new AssertionError("GET " + path + " as " + userId + " gave " + response.getStatus());
        }
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    protected List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    /** A Granskning case in {@code unit}, reviewed by the unit's managers; due in 20 and 30 days. */
    protected ProcessInstance startReview(String businessKey, String unit, String title) {
        Date now = ClockUtil.getCurrentTime();
        return startReview(businessKey, unit, title, plus(now, Duration.ofDays(20)), plus(now, Duration.ofDays(30)));
    }

    protected ProcessInstance startReview(String businessKey, String unit, String title, Date authorDue, Date reviewDue) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("title", title);
        vars.put("authorGroup", unit);
        vars.put("reviewerGroup", unit + "-chefer");
        vars.put("escalationGroup", "forvaltningsledning");
        vars.put("authorDueDate", Variables.dateValue(authorDue));
        vars.put("reviewDueDate", Variables.dateValue(reviewDue));
        return runtimeService.startProcessInstanceByKey("Granskning", businessKey, vars);
    }

    protected Task currentTask(ProcessInstance pi) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    protected Task task(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).singleResult();
    }

    /** Completes the write task as {@code userId} through the engine (as the web would: that user acting). */
    protected void submitSection(ProcessInstance pi, String userId) {
        Task write = currentTask(pi);
        identityService.setAuthentication(userId, groupsOf(userId));
        try {
            taskService.claim(write.getId(), userId);
            taskService.complete(write.getId(), Map.of("readyForReview", true, "submissionNote", "Klart för granskning"));
        } finally {
            identityService.clearAuthentication();
        }
    }

    protected static Date plus(Date date, Duration duration) {
        return new Date(date.getTime() + duration.toMillis());
    }

    private static GreenMail startMail() {
        int free;
        try (ServerSocket socket = new ServerSocket(0)) {
            free = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the test SMTP server", e);
        }
        GreenMail mail = new GreenMail(new ServerSetup(free, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        return mail;
    }
}

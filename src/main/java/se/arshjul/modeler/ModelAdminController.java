package se.arshjul.modeler;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arshjul.security.CurrentUser;
import se.arshjul.validation.InvalidInputException;
import se.arshjul.web.PageMessages;
import se.arshjul.web.NotFoundException;

/** Admin pages for models: versions, diagrams, editors, upload, download, export and migration. */
@Controller
@RequestMapping("/admin/modeller")
class ModelAdminController {

    private final ModelOverviewService overview;
    private final ModelDeploymentService deployments;
    private final ModelMigrationService migrations;
    private final ModelAuditLog audit;
    private final TaskSettingsService settings;
    private final PageMessages messages;

    ModelAdminController(ModelOverviewService overview, ModelDeploymentService deployments,
                         ModelMigrationService migrations, ModelAuditLog audit, TaskSettingsService settings, PageMessages messages) {
        this.messages = messages;
        this.overview = overview;
        this.deployments = deployments;
        this.migrations = migrations;
        this.audit = audit;
        this.settings = settings;
    }

    @GetMapping("/installningar")
    String settings(CurrentUser user, Model model) {
        model.addAttribute("rows", settings.rows(user));
        return "modeler/settings";
    }

    @PostMapping("/installningar")
    String saveSetting(@RequestParam String processKey, @RequestParam String taskId,
                       @RequestParam(required = false) String dueDateDuration, @RequestParam(required = false) String reminderOffset,
                       @RequestParam(required = false) String candidateGroup, CurrentUser user, RedirectAttributes redirect) {
        try {
            settings.save(processKey, taskId, dueDateDuration, reminderOffset, candidateGroup, user);
            redirect.addFlashAttribute("success", messages.message("modeler.setting.saved", taskId));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", messages.message("modeler.setting.notSaved"));
            redirect.addFlashAttribute("errors", List.copyOf(messages.resolve(e.errors()).values()));
        }
        return "redirect:/admin/modeller/installningar";
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        ModelAdminAccess.requireAdmin(user);
        model.addAttribute("processes", overview.processes());
        model.addAttribute("forms", overview.forms());
        model.addAttribute("audit", audit.latest());
        model.addAttribute("maxKb", ModelFile.MAX_BYTES / 1024);
        return "modeler/list";
    }

    @GetMapping("/version/{id}")
    String version(@PathVariable String id, CurrentUser user, Model model) {
        ModelAdminAccess.requireAdmin(user);
        var version = overview.version(id);
        model.addAttribute("version", version);
        model.addAttribute("process", overview.process(version.key()));
        model.addAttribute("history", audit.forProcess(version.key()));
        return "modeler/version";
    }

    @GetMapping(value = "/version/{id}/diagram", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ModelOverviewService.DiagramData diagram(@PathVariable String id, CurrentUser user) {
        ModelAdminAccess.requireAdmin(user);
        return overview.diagram(id);
    }

    @GetMapping("/version/{id}/xml")
    ResponseEntity<byte[]> download(@PathVariable String id, CurrentUser user) {
        ModelAdminAccess.requireAdmin(user);
        var definition = overview.definition(id);
        String name = ModelFile.baseName(definition.getResourceName());
        return attachment(name, MediaType.APPLICATION_XML, overview.xml(id).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/version/{id}/redigera")
    String editor(@PathVariable String id, CurrentUser user, Model model) {
        ModelAdminAccess.requireAdmin(user);
        model.addAttribute("version", overview.version(id));
        return "modeler/editor";
    }

    /** Save from the browser editor: the XML becomes a new deployment (same resource name) if valid. */
    @PostMapping(value = "/version/{id}/driftsatt", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE, MediaType.TEXT_PLAIN_VALUE})
    @ResponseBody
    ResponseEntity<Map<String, Object>> deployEdited(@PathVariable String id, @RequestBody byte[] xml, CurrentUser user) {
        ModelAdminAccess.requireAdmin(user);
        var definition = overview.definition(id);
        DeployResult result = deployments.deploy(List.of(new ModelFile(definition.getResourceName(), xml)), user);
        return json(result, result.versions().isEmpty() ? "/admin/modeller" : "/admin/modeller/version/" + result.versions().get(0).definitionId());
    }

    @PostMapping("/ladda-upp")
    String upload(@RequestParam(name = "filer", required = false) List<MultipartFile> files, CurrentUser user,
                  RedirectAttributes redirect) throws IOException {
        ModelAdminAccess.requireAdmin(user);
        List<ModelFile> modelFiles = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty() || file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
                modelFiles.add(new ModelFile(file.getOriginalFilename(), file.getBytes()));
            }
        }
        DeployResult result = deployments.deploy(modelFiles, user);
        redirect.addFlashAttribute(result.ok() ? "success" : "error", result.message(messages));
        redirect.addFlashAttribute("errors", result.errors());
        return "redirect:/admin/modeller";
    }

    @GetMapping("/formular/{fileName}/redigera")
    String formEditor(@PathVariable String fileName, CurrentUser user, Model model) {
        ModelAdminAccess.requireAdmin(user);
        model.addAttribute("form", form(fileName));
        return "modeler/form-editor";
    }

    @GetMapping(value = "/formular/{fileName}/schema", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    String formSchema(@PathVariable String fileName, CurrentUser user) {
        ModelAdminAccess.requireAdmin(user);
        return overview.formContent(form(fileName));
    }

    @GetMapping("/formular/{fileName}/fil")
    ResponseEntity<byte[]> downloadForm(@PathVariable String fileName, CurrentUser user) {
        ModelAdminAccess.requireAdmin(user);
        var form = form(fileName);
        return attachment(form.fileName(), MediaType.APPLICATION_JSON, overview.formContent(form).getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping(value = "/formular/{fileName}/driftsatt", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> deployForm(@PathVariable String fileName, @RequestBody byte[] schema, CurrentUser user) {
        ModelAdminAccess.requireAdmin(user);
        var form = form(fileName);
        return json(deployments.deploy(List.of(new ModelFile(form.fileName(), schema)), user), null);
    }

    /** All current versions (latest process definitions and forms) as a zip laid out like the repository. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(CurrentUser user) throws IOException {
        ModelAdminAccess.requireAdmin(user);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            java.util.Set<String> written = new java.util.HashSet<>();
            for (var process : overview.processes()) {
                var latest = process.latest();
                String entry = "bpmn/" + ModelFile.baseName(latest.resourceName());
                if (written.add(entry)) {
                    zip.putNextEntry(new ZipEntry(entry));
                    zip.write(overview.xml(latest.definitionId()).getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            for (var form : overview.forms()) {
                zip.putNextEntry(new ZipEntry("forms/" + form.fileName()));
                zip.write(overview.formContent(form).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return attachment("arshjul-modeller.zip", MediaType.parseMediaType("application/zip"), bytes.toByteArray());
    }

    @GetMapping("/migrering/{id}")
    String migrationPlan(@PathVariable String id, CurrentUser user, Model model) {
        model.addAttribute("plan", migrations.plan(id, user));
        return "modeler/migration";
    }

    @PostMapping("/migrering/{id}")
    String migrate(@PathVariable String id, CurrentUser user, Model model) {
        model.addAttribute("plan", migrations.plan(id, user));
        if (model.getAttribute("plan") instanceof ModelMigrationService.PlanView plan && !plan.valid()) {
            model.addAttribute("error", messages.message("modeler.migration.invalid"));
            return "modeler/migration";
        }
        model.addAttribute("result", migrations.execute(id, user));
        return "modeler/migration";
    }

    private ModelOverviewService.FormInfo form(String fileName) {
        return overview.form(fileName).orElseThrow(() -> new NotFoundException("modeler.formNotFound"));
    }

    private static ResponseEntity<byte[]> attachment(String name, MediaType type, byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentDisposition(ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build());
        return new ResponseEntity<>(body, headers, HttpStatus.OK);
    }

    private ResponseEntity<Map<String, Object>> json(DeployResult result, String redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", result.message(messages));
        body.put("errors", result.errors());
        if (result.ok()) {
            body.put("deploymentId", result.deploymentId());
            body.put("versions", result.versions());
            if (redirect != null) {
                body.put("redirect", redirect);
            }
        }
        return ResponseEntity.status(result.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY).body(body);
    }
}

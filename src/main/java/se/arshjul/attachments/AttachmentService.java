package se.arshjul.attachments;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import se.arshjul.security.CurrentUser;
import se.arshjul.time.SwedishTime;
import se.arshjul.validation.FieldErrors;
import se.arshjul.web.ForbiddenException;
import se.arshjul.web.NotFoundException;

/**
 * Upload, list, download and delete attachments of any feature's records. Every action asks the
 * record's {@link AttachmentOwner} whether the user may do it; a refused upload saves nothing and
 * throws {@code InvalidInputException} for the field {@code file}.
 */
@Service
public class AttachmentService {

    public record Content(Attachment attachment, byte[] bytes) {}

    private final AttachmentRepository repository;
    private final Map<String, AttachmentOwner> owners;
    private final SwedishTime times;

    AttachmentService(AttachmentRepository repository, List<AttachmentOwner> owners, SwedishTime times) {
        this.repository = repository;
        this.times = times;
        this.owners = owners.stream().collect(Collectors.toUnmodifiableMap(AttachmentOwner::type, Function.identity()));
    }

    AttachmentOwner owner(String type, long ownerId) {
        AttachmentOwner owner = owners.get(type);
        if (owner == null || !owner.exists(ownerId)) {
            throw new NotFoundException("attachment.owner.notFound");
        }
        return owner;
    }

    @Transactional
    public Attachment upload(String type, long ownerId, MultipartFile file, CurrentUser user) {
        AttachmentOwner owner = owner(type, ownerId);
        requireEdit(owner, ownerId, user);
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            throw FieldErrors.single(FileRules.FIELD, "attachment.file.choose");
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw FieldErrors.single(FileRules.FIELD, "attachment.file.unreadable");
        }
        return upload(type, ownerId, file.getOriginalFilename(), bytes, user);
    }

    @Transactional
    public Attachment upload(String type, long ownerId, String fileName, byte[] bytes, CurrentUser user) {
        AttachmentOwner owner = owner(type, ownerId);
        requireEdit(owner, ownerId, user);
        String name = FileRules.safeName(fileName);
        String contentType = FileRules.check(name, bytes);
        Attachment a = new Attachment(0, type, ownerId, name, contentType, bytes.length, user.id(),
                times.now().withNano(0));
        long id = repository.insert(a, bytes);
        return new Attachment(id, a.ownerType(), a.ownerId(), a.fileName(), a.contentType(), a.size(), a.uploadedBy(), a.uploadedAt());
    }

    /** The record's attachments, or an empty list for a user who may not see them. */
    public List<Attachment> list(String type, long ownerId, CurrentUser user) {
        AttachmentOwner owner = owner(type, ownerId);
        return owner.canView(user, ownerId) ? repository.findByOwner(type, ownerId) : List.of();
    }

    public boolean canView(String type, long ownerId, CurrentUser user) {
        return owner(type, ownerId).canView(user, ownerId);
    }

    public boolean canEdit(String type, long ownerId, CurrentUser user) {
        return owner(type, ownerId).canEdit(user, ownerId);
    }

    public Content download(long id, CurrentUser user) {
        Attachment a = attachment(id);
        AttachmentOwner owner = owner(a.ownerType(), a.ownerId());
        if (!owner.canView(user, a.ownerId())) {
            throw new ForbiddenException("attachment.forbidden.view");
        }
        return new Content(a, repository.content(id));
    }

    /** Deletes an attachment; returns it so the caller can go back to its record's page. */
    @Transactional
    public Attachment delete(long id, CurrentUser user) {
        Attachment a = attachment(id);
        requireEdit(owner(a.ownerType(), a.ownerId()), a.ownerId(), user);
        repository.delete(id);
        return a;
    }

    public String pageUrl(String type, long ownerId) {
        return owner(type, ownerId).pageUrl(ownerId);
    }

    private Attachment attachment(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("attachment.notFound"));
    }

    private static void requireEdit(AttachmentOwner owner, long ownerId, CurrentUser user) {
        if (!owner.canEdit(user, ownerId)) {
            throw new ForbiddenException("attachment.forbidden.edit");
        }
    }
}

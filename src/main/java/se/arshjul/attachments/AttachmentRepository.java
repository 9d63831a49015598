package se.arshjul.attachments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Plain JDBC so that listing never loads the bytes and the binary column is bound the same on H2 and PostgreSQL. */
@Repository
class AttachmentRepository {

    private static final String COLUMNS = "id, owner_type, owner_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Attachment a, byte[] content) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO attachment (owner_type, owner_id, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)"
                        + " VALUES (:type, :owner, :name, :ctype, :size, :content, :by, :at)")
                .param("type", a.ownerType()).param("owner", a.ownerId()).param("name", a.fileName())
                .param("ctype", a.contentType()).param("size", a.size()).param("content", content)
                .param("by", a.uploadedBy()).param("at", Timestamp.valueOf(a.uploadedAt()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<Attachment> findByOwner(String type, long ownerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attachment WHERE owner_type = :type AND owner_id = :owner ORDER BY uploaded_at, id")
                .param("type", type).param("owner", ownerId).query(AttachmentRepository::map).list();
    }

    Optional<Attachment> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attachment WHERE id = :id").param("id", id).query(AttachmentRepository::map).optional();
    }

    byte[] content(long id) {
        return jdbc.sql("SELECT content FROM attachment WHERE id = :id").param("id", id).query((rs, n) -> rs.getBytes(1)).single();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM attachment WHERE id = :id").param("id", id).update();
    }

    private static Attachment map(ResultSet rs, int n) throws SQLException {
        return new Attachment(rs.getLong("id"), rs.getString("owner_type"), rs.getLong("owner_id"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toLocalDateTime());
    }
}

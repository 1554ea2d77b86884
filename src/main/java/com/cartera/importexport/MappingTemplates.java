package com.cartera.importexport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Column mappings saved per workspace under a name; saving under an existing name replaces it. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.FINANCE})
public class MappingTemplates {

    private final EntityManager entityManager;
    private final JsonMapper json;
    private final CurrentUser currentUser;

    MappingTemplates(EntityManager entityManager, JsonMapper json, CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.json = json;
        this.currentUser = currentUser;
    }

    public List<MappingTemplate> list(ImportKind kind) {
        List<?> rows = entityManager.createNativeQuery("select id, name, cast(mapping as text) from import_template"
                        + " where kind = :kind order by lower(name)")
                .setParameter("kind", kind.name())
                .getResultList();
        return rows.stream().map(row -> {
            Object[] values = (Object[]) row;
            Map<String, String> stored = json.readValue((String) values[2], new TypeReference<Map<String, String>>() { });
            var fields = new HashMap<String, ImportField>();
            stored.forEach((header, field) -> fields.put(header, ImportField.valueOf(field)));
            return new MappingTemplate(((Number) values[0]).longValue(), kind, (String) values[1], fields);
        }).toList();
    }

    /**
     * Saves the mapping of the columns labelled {@code headers} under {@code name}.
     *
     * @throws ImportProblem when the name is empty or too long
     */
    @Transactional
    public void save(ImportKind kind, String name, List<String> headers, ColumnMapping mapping) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 80) {
            throw new ImportProblem("import.template.name-invalid");
        }
        var byHeader = new HashMap<String, String>();
        mapping.fields().forEach((column, field) -> byHeader.put(CellValues.plain(headers.get(column)), field.name()));
        entityManager.createNativeQuery("insert into import_template (kind, name, mapping, created_by)"
                        + " values (:kind, :name, cast(:mapping as jsonb), :user)"
                        + " on conflict (kind, lower(name)) do update set mapping = excluded.mapping,"
                        + " created_by = excluded.created_by, created_at = now()")
                .setParameter("kind", kind.name())
                .setParameter("name", trimmed)
                .setParameter("mapping", json.writeValueAsString(byHeader))
                .setParameter("user", currentUser.require().userId())
                .executeUpdate();
    }
}

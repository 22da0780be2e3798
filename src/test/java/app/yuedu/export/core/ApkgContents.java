package app.yuedu.export.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A written package opened the way Anki opens it: unzipped, its collection read with SQLite. */
final class ApkgContents implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final Map<String, byte[]> entries;
    final Connection db;

    private ApkgContents(Map<String, byte[]> entries, Connection db) {
        this.entries = entries;
        this.db = db;
    }

    static ApkgContents open(byte[] apkg, Path workDir) throws IOException, SQLException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(apkg), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        Path collection = Files.createTempFile(workDir, "collection", ".anki21");
        Files.write(collection, entries.get("collection.anki21"));
        return new ApkgContents(entries, org.sqlite.JDBC.createConnection("jdbc:sqlite:" + collection, new java.util.Properties()));
    }

    List<Map<String, Object>> rows(String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    row.put(result.getMetaData().getColumnLabel(i), result.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    Map<String, Object> row(String sql) throws SQLException {
        List<Map<String, Object>> rows = rows(sql);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row from " + sql + " but got " + rows.size());
        }
        return rows.get(0);
    }

    long count(String table) throws SQLException {
        return ((Number) row("select count(*) as n from " + table).get("n")).longValue();
    }

    JsonNode colJson(String column) throws SQLException, IOException {
        return JSON.readTree((String) row("select " + column + " from col").get(column));
    }

    JsonNode model() throws SQLException, IOException {
        JsonNode models = colJson("models");
        if (models.size() != 1) {
            throw new AssertionError("expected one note type, got " + models.size());
        }
        return models.elements().next();
    }

    /** The fields of the note whose first field is {@code word}. */
    String[] fieldsOf(String word) throws SQLException {
        for (Map<String, Object> note : rows("select flds from notes")) {
            String[] fields = ((String) note.get("flds")).split("\u001f", -1);
            if (fields[0].equals(word)) {
                return fields;
            }
        }
        throw new AssertionError("no note for " + word);
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}

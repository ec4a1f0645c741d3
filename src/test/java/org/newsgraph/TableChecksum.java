package org.newsgraph;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

/** A digest of every row of every table of the graph, to tell that nothing changed (or all came back). */
final class TableChecksum {

    private TableChecksum() {
    }

    static String of(DataSource database, Set<String> leftOut) throws SQLException {
        StringBuilder digests = new StringBuilder();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select tablename from pg_tables where schemaname = 'public'"
                    + " and tablename not like 'flyway%' order by tablename")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            tables.removeAll(leftOut);
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select count(*), md5(coalesce(string_agg(t::text, '|'"
                        + " order by t::text), '')) from " + table + " t")) {
                    rows.next();
                    digests.append(table).append(':').append(rows.getLong(1)).append(':').append(rows.getString(2)).append('\n');
                }
            }
        }
        return digests.toString();
    }
}

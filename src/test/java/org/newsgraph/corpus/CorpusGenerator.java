package org.newsgraph.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.newsgraph.corpus.Cast.Member;
import org.newsgraph.corpus.CopyTables.Table;
import org.newsgraph.embedded.EmbeddedDatabase;
import org.newsgraph.entity.NameKey;
import org.newsgraph.entity.NamedEntity;

/**
 * Generates a realistic graph straight into PostgreSQL: articles of about 600 words from about 300
 * outlets per 100,000 articles, people with a Zipf-shaped popularity, quotes, events (invitations among
 * them) reported by several articles, dates over ten years. The same seed gives the same corpus. Rows go
 * in with COPY, and the secondary indexes are dropped before and built after, in one transaction: a
 * failed load leaves the database as it was.
 *
 * <pre>bench/corpus [articles]     # 100,000 by default, into ~/.newsgraph/bench-postgres</pre>
 */
public final class CorpusGenerator {

    private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
    private static final List<String> TABLES = List.of("source", "entity", "article", "article_author", "mention",
            "quote", "event", "event_participant", "event_report", "quote_event");
    /** Ids between what the service may hold in its id cache and the generated ones. */
    private static final long ID_GAP = 1000;

    private final CorpusShape shape;
    private final long seed;

    public CorpusGenerator(int articles, long seed) {
        this.shape = CorpusShape.of(articles);
        this.seed = seed;
    }

    /**
     * Adds the corpus to the database on this connection, next to whatever it holds; the schema must be
     * migrated. Returns the generated people, most popular first.
     */
    public List<String> generateInto(Connection connection) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (CopyTables tables = new CopyTables(); Statement statement = connection.createStatement()) {
            Ids ids = new Ids(firstFreeId(statement));
            SplittableRandom random = new SplittableRandom(seed);
            Cast cast = new Cast(shape, ids, random.split());
            writeCast(cast, tables);
            NewsWriter writer = new NewsWriter(cast, ids, tables, FIRST_DAY, LAST_DAY, shape.articles());
            for (int i = 0; i < shape.articles(); i++) {
                writer.write(i, random.split());
            }
            List<String> indexes = dropSecondaryIndexes(statement);
            tables.load(connection);
            for (String index : indexes) {
                statement.execute(index);
            }
            statement.execute("select setval('node_id_seq', " + (ids.last() + ID_GAP) + ")");
            connection.commit();
            statement.execute("analyze");
            return cast.people.stream().map(Member::name).toList();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static long firstFreeId(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("select greatest((select last_value from node_id_seq),"
                + " (select max(id) from source), (select max(id) from entity), (select max(id) from article),"
                + " (select max(id) from mention), (select max(id) from quote), (select max(id) from event))")) {
            row.next();
            return row.getLong(1) + ID_GAP;
        }
    }

    private static void writeCast(Cast cast, CopyTables tables) {
        for (Cast.Outlet outlet : cast.outlets) {
            tables.row(Table.SOURCE, outlet.id(), outlet.name(), NameKey.of(outlet.name()), outlet.domain());
        }
        List<Member> everyone = new ArrayList<>(cast.people);
        everyone.addAll(cast.organizations);
        everyone.addAll(cast.places);
        for (Member member : everyone) {
            // the entity's own rules derive its lookup columns, as when the service stores one
            NamedEntity entity = NamedEntity.create(member.kind(), member.name());
            entity.addAliases(List.of(member.shortName()));
            entity.addTitles(member.title() == null ? List.of() : List.of(member.title()));
            entity.deriveNameKeys();
            tables.row(Table.ENTITY, member.id(), member.kind(), entity.name, entity.aliases, entity.titles,
                    entity.aliasKeys, entity.nameTokens, entity.searchText);
        }
    }

    /** Drops the indexes no constraint needs, and returns the statements that build them again. */
    private static List<String> dropSecondaryIndexes(Statement statement) throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("select indexname, indexdef from pg_indexes i"
                + " where schemaname = current_schema() and tablename in ('" + String.join("','", TABLES) + "')"
                + " and not exists (select 1 from pg_constraint c where c.conname = i.indexname)")) {
            while (rows.next()) {
                names.add(rows.getString(1));
                definitions.add(rows.getString(2));
            }
        }
        for (String name : names) {
            statement.execute("drop index " + name);
        }
        return definitions;
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dataDirectory = Path.of(System.getProperty("corpus.data-dir",
                Path.of(System.getProperty("user.home"), ".newsgraph", "bench-postgres").toString()));
        String url = System.getProperty("corpus.jdbc-url", "");
        try {
            if (url.isEmpty()) {
                url = EmbeddedDatabase.start(dataDirectory);
            }
            Flyway.configure().dataSource(url, System.getProperty("corpus.user"), System.getProperty("corpus.password"))
                    .locations("classpath:db/migration").load().migrate();
            try (Connection connection = DriverManager.getConnection(url, System.getProperty("corpus.user"),
                    System.getProperty("corpus.password")); Statement statement = connection.createStatement();
                    ResultSet count = statement.executeQuery("select count(*) from article")) {
                count.next();
                if (count.getLong(1) >= articles) {
                    System.out.printf("The database already holds %,d articles; nothing to do.%n", count.getLong(1));
                    return;
                }
                long started = System.nanoTime();
                List<String> people = new CorpusGenerator(articles, 20_261_123L).generateInto(connection);
                System.out.printf("Generated %,d articles in %d s; the most quoted people: %s%n", articles,
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), people.subList(0, 3));
            }
        } finally {
            EmbeddedDatabase.stop();
        }
    }
}

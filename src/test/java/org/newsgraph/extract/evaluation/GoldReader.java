package org.newsgraph.extract.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.newsgraph.entity.NameKey;
import org.newsgraph.event.EventType;

/**
 * Reads gold articles: the annotated-article format (entities with refs; quotes and participants by
 * ref), optionally with a "category"; or the plainer format of a development set of real news (people by
 * name; quotes with their speaker's name).
 */
final class GoldReader {

    private GoldReader() {
    }

    static List<Gold> read(Path directory) throws IOException {
        List<Gold> golds = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    golds.add(read(file.getFileName().toString(), Json.createReader(in).readObject(),
                            directory.getFileName().toString()));
                }
            }
        }
        return golds;
    }

    /** @param folder the category of an article that names none */
    static Gold read(String file, JsonObject json, String folder) {
        JsonObject article = json.getJsonObject("article");
        String body = article.getString("body");
        LocalDate publishedAt = !article.containsKey("publishedAt") || article.isNull("publishedAt") ? null
                : LocalDate.parse(article.getString("publishedAt"));
        String theCategory = json.getString("category", folder);
        return json.containsKey("entities") ? annotated(file, json, theCategory, body, publishedAt)
                : plain(file, json, theCategory, body, publishedAt);
    }

    private static Gold annotated(String file, JsonObject json, String category, String body, LocalDate publishedAt) {
        Map<String, Set<String>> names = new HashMap<>();
        List<Set<String>> people = new ArrayList<>();
        List<Set<String>> others = new ArrayList<>();
        for (JsonValue value : json.getJsonArray("entities")) {
            JsonObject entity = value.asJsonObject();
            Set<String> keys = keys(entity.getString("name"), entity.containsKey("aliases") ? entity.getJsonArray("aliases") : null);
            names.put(entity.getString("ref"), keys);
            (entity.getString("kind").equals("PERSON") ? people : others).add(keys);
        }
        List<Gold.Quote> quotes = new ArrayList<>();
        for (JsonValue value : json.getJsonArray("quotes")) {
            JsonObject quote = value.asJsonObject();
            Set<String> speaker = quote.containsKey("speaker") && !quote.isNull("speaker")
                    ? names.get(quote.getString("speaker")) : Set.of();
            quotes.add(new Gold.Quote(quote.getInt("start"), quote.getInt("end"), quote.getBoolean("partial", false), speaker));
        }
        List<Gold.Event> events = new ArrayList<>();
        for (JsonValue value : json.getJsonArray("events")) {
            JsonObject event = value.asJsonObject();
            List<Set<String>> participants = new ArrayList<>();
            for (JsonValue participant : event.containsKey("participants") ? event.getJsonArray("participants") : JsonValue.EMPTY_JSON_ARRAY) {
                participants.add(names.get(participant.asJsonObject().getString("entity")));
            }
            events.add(new Gold.Event(EventType.valueOf(event.getString("type")), participants));
        }
        return new Gold(file, category, body, publishedAt, people, others, quotes, events);
    }

    private static Gold plain(String file, JsonObject json, String category, String body, LocalDate publishedAt) {
        List<Set<String>> people = json.getJsonArray("people").getValuesAs(JsonValue::toString).stream()
                .map(name -> keys(name.replaceAll("^\"|\"$", ""), null)).toList();
        List<Gold.Quote> quotes = new ArrayList<>();
        for (JsonValue value : json.getJsonArray("quotes")) {
            JsonObject quote = value.asJsonObject();
            Set<String> speaker = !quote.containsKey("speaker") || quote.isNull("speaker") ? Set.of()
                    : keys(quote.getString("speaker"), null);
            quotes.add(new Gold.Quote(quote.getInt("start"), quote.getInt("end"), quote.getBoolean("partial", false), speaker));
        }
        return new Gold(file, category, body, publishedAt, people, List.of(), quotes, null);
    }

    /** A name's keys: its own, and for a person written "Given Family", the family name alone. */
    static Set<String> keys(String name, JsonArray aliases) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(NameKey.of(name));
        if (aliases != null) {
            aliases.getValuesAs(JsonValue::toString).forEach(a -> keys.add(NameKey.of(a.replaceAll("^\"|\"$", ""))));
        }
        return keys;
    }
}

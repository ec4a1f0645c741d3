package org.newsgraph;

import static io.restassured.RestAssured.when;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The manifests in {@code deploy/} and the Dockerfiles agree with the application they deploy: ports,
 * probe and metrics paths (asked of the running service), selectors, the database the operator runs,
 * the settings (each a row of README's table, each a property the application knows), the image name,
 * and what {@code .dockerignore} lets through.
 */
@QuarkusTest
@SuppressWarnings("unchecked") // YAML documents are maps and lists of Object
class DeploymentDescriptorsTest {

    private static final Path KUBERNETES = Path.of("deploy/kubernetes");
    private static final Path COMPOSE = Path.of("deploy/compose/docker-compose.yml");
    private static final Path DOCKERFILES = Path.of("src/main/docker");
    private static final Path DOCKERIGNORE = Path.of(".dockerignore");
    private static final Path README = Path.of("README.md");
    private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final int QUARKUS_DEFAULT_HTTP_PORT = 8080;
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)");
    private static final Pattern SETTING_ROW = Pattern.compile("^\\| `([A-Z0-9_]+)` \\| `([a-z0-9.\\-]+)` \\| ([^|]+) \\|");
    private static final Pattern IMAGE_TAG_OPTION = Pattern.compile("-t ([a-z0-9./\\-]+):");

    private final Config config = ConfigProvider.getConfig();

    @Test
    void everyManifestParsesAndIsDeployed() throws IOException {
        Set<String> files = new TreeSet<>();
        for (Path file : yamlFiles(KUBERNETES)) {
            for (Map<String, Object> document : documents(file)) {
                assertNotNull(document.get("apiVersion"), file + " has an apiVersion");
                assertNotNull(document.get("kind"), file + " has a kind");
            }
            files.add(file.getFileName().toString());
        }
        files.remove("kustomization.yaml");
        assertEquals(files, new TreeSet<>(list(single("Kustomization"), "resources")), "kustomization lists every manifest");
        assertNotNull(documents(COMPOSE).get(0).get("services"));
    }

    @Test
    void theContainerListensOnTheApplicationsPortAndItsProbesAnswer() {
        Map<String, Object> pod = map(single("Deployment"), "spec.template");
        Map<String, Object> container = container();
        Map<String, Object> port = (Map<String, Object>) list(container, "ports").get(0);
        assertEquals(httpPort(), port.get("containerPort"));
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            Map<String, Object> get = map(container, probe + ".httpGet");
            assertTrue(List.of(port.get("name"), httpPort()).contains(get.get("port")), probe + " asks the HTTP port");
            when().get((String) get.get("path")).then().statusCode(200);
        }
        Map<String, Object> scrape = map(pod, "metadata.annotations");
        assertEquals(String.valueOf(httpPort()), scrape.get("prometheus.io/port"));
        when().get((String) scrape.get("prometheus.io/path")).then().statusCode(200);
        Duration delay = Duration.parse("PT" + map(single("ConfigMap"), "data").get("QUARKUS_SHUTDOWN_DELAY"));
        Duration shutdown = delay.plus(config.getValue("quarkus.shutdown.timeout", Duration.class));
        assertThat("the pod's grace period outlasts the service's shutdown",
                ((Number) map(pod, "spec").get("terminationGracePeriodSeconds")).longValue(), greaterThan(shutdown.toSeconds()));
    }

    @Test
    void theServiceAutoscalerAndBudgetSelectTheDeploymentsPods() {
        Map<String, Object> deployment = single("Deployment");
        Map<String, Object> podLabels = map(deployment, "spec.template.metadata.labels");
        assertSubset(map(deployment, "spec.selector.matchLabels"), podLabels);
        Map<String, Object> service = single("Service");
        assertSubset(map(service, "spec.selector"), podLabels);
        Object targetPort = ((Map<String, Object>) list(service, "spec.ports").get(0)).get("targetPort");
        assertEquals(((Map<String, Object>) list(container(), "ports").get(0)).get("name"), targetPort);
        assertSubset(map(single("PodDisruptionBudget"), "spec.selector.matchLabels"), podLabels);
        Map<String, Object> target = map(single("HorizontalPodAutoscaler"), "spec.scaleTargetRef");
        assertEquals("Deployment", target.get("kind"));
        assertEquals(map(deployment, "metadata").get("name"), target.get("name"));
    }

    @Test
    void theServiceUsesTheDatabaseAndSecretTheOperatorMakes() {
        Map<String, Object> cluster = single("Cluster");
        String clusterName = (String) map(cluster, "metadata").get("name");
        Matcher url = jdbcUrl((String) map(single("ConfigMap"), "data").get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals(clusterName + "-rw", url.group(1), "the primary's service");
        assertEquals("5432", url.group(2));
        assertEquals(map(cluster, "spec.bootstrap.initdb").get("database"), url.group(3));
        List<Object> env = list(container(), "env");
        for (Object variable : env) {
            Map<String, Object> secret = map((Map<String, Object>) variable, "valueFrom.secretKeyRef");
            assertEquals(clusterName + "-app", secret.get("name"), "CloudNativePG's application Secret");
            assertTrue(Set.of("username", "password").contains(secret.get("key")));
        }
    }

    @Test
    void composeWiresTheServiceToItsDatabase() throws IOException {
        Map<String, Object> services = map(documents(COMPOSE).get(0), "services");
        Map<String, Object> newsgraph = map(services, "newsgraph");
        Map<String, Object> environment = map(newsgraph, "environment");
        Matcher url = jdbcUrl((String) environment.get("QUARKUS_DATASOURCE_JDBC_URL"));
        Map<String, Object> postgres = map(services, url.group(1));
        Map<String, Object> database = map(postgres, "environment");
        assertEquals(database.get("POSTGRES_DB"), url.group(3));
        assertEquals(database.get("POSTGRES_USER"), environment.get("QUARKUS_DATASOURCE_USERNAME"));
        assertEquals(database.get("POSTGRES_PASSWORD"), environment.get("QUARKUS_DATASOURCE_PASSWORD"));
        assertTrue(map(newsgraph, "depends_on").containsKey(url.group(1)));
        String published = (String) list(newsgraph, "ports").get(0);
        assertEquals(String.valueOf(httpPort()), published.substring(published.lastIndexOf(':') + 1));
    }

    @Test
    void everyVariableIsADocumentedSettingTheApplicationKnows() throws IOException {
        Map<String, String> settings = new LinkedHashMap<>(); // environment variable → property
        for (String line : Files.readAllLines(README)) {
            Matcher row = SETTING_ROW.matcher(line);
            if (row.find()) {
                String variable = row.group(1);
                String property = row.group(2);
                assertEquals(environmentVariableOf(property), variable, "README row of " + property);
                boolean hasNoDefault = row.group(3).trim().startsWith("none");
                boolean known = config.getConfigValue(property).getValue() != null || ourProperties().contains(property);
                assertTrue(hasNoDefault || known, "the application knows " + property);
                settings.put(variable, property);
            }
        }
        assertThat("README's settings table", settings.keySet(), not(empty()));
        Set<String> used = new TreeSet<>(map(single("ConfigMap"), "data").keySet());
        list(container(), "env").forEach(variable -> used.add((String) ((Map<String, Object>) variable).get("name")));
        used.addAll(map(map(documents(COMPOSE).get(0), "services.newsgraph"), "environment").keySet());
        used.removeAll(settings.keySet());
        assertEquals(Set.of(), used, "variables the manifests set that README's table does not list");
        Set<String> ours = ourProperties();
        ours.removeAll(settings.values());
        assertEquals(Set.of(), ours, "NewsGraph's own properties that README's table does not list");
    }

    @Test
    void theImageIsOneNameEverywhereAndTheDockerfilesGetWhatTheyCopy() throws IOException {
        String image = ((String) container().get("image")).split(":")[0];
        assertTrue(image.endsWith("/" + config.getValue("quarkus.application.name", String.class)), image);
        assertEquals(image, ((String) map(documents(COMPOSE).get(0), "services.newsgraph").get("image")).split(":")[0]);
        assertEquals(image, ((Map<String, Object>) list(single("Kustomization"), "images").get(0)).get("name"));
        List<String> allowed = dockerignoreExceptions();
        for (Path dockerfile : dockerfiles()) {
            String text = Files.readString(dockerfile);
            Matcher tag = IMAGE_TAG_OPTION.matcher(text);
            while (tag.find()) {
                assertEquals(image, tag.group(1), dockerfile + " builds the image the manifests run");
            }
            assertTrue(text.contains("EXPOSE " + httpPort()), dockerfile + " exposes the HTTP port");
            for (String source : copiedSources(text)) {
                assertTrue(allowed.stream().anyMatch(pattern -> letsThrough(pattern, source)),
                        ".dockerignore lets " + source + " of " + dockerfile.getFileName() + " through");
            }
        }
    }

    /**
     * The port the service listens on outside tests (a test runs on a random one): application.properties'
     * own or prod setting, else Quarkus' default.
     */
    private static int httpPort() {
        try {
            return Files.readAllLines(PROPERTIES).stream()
                    .filter(line -> line.startsWith("quarkus.http.port=") || line.startsWith("%prod.quarkus.http.port="))
                    .map(line -> Integer.parseInt(line.substring(line.indexOf('=') + 1).trim()))
                    .findFirst().orElse(QUARKUS_DEFAULT_HTTP_PORT);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Matcher jdbcUrl(String url) {
        Matcher matcher = JDBC_URL.matcher(url);
        assertTrue(matcher.matches(), url);
        return matcher;
    }

    /** SmallRye Config's rule: every character that is not a letter or a digit becomes _, all upper case. */
    private static String environmentVariableOf(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    /** The newsgraph.* properties application.properties sets or shows commented out, without profiles. */
    private static Set<String> ourProperties() throws IOException {
        return Files.readAllLines(PROPERTIES).stream()
                .map(line -> line.replaceFirst("^#", "").replaceFirst("^%[a-z]+\\.", ""))
                .filter(line -> line.startsWith("newsgraph.") && line.contains("="))
                .map(line -> line.substring(0, line.indexOf('=')))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Object> container() {
        return (Map<String, Object>) list(single("Deployment"), "spec.template.spec.containers").get(0);
    }

    private static Map<String, Object> single(String kind) {
        try {
            List<Map<String, Object>> found = new ArrayList<>();
            for (Path file : yamlFiles(KUBERNETES)) {
                documents(file).stream().filter(document -> kind.equals(document.get("kind"))).forEach(found::add);
            }
            assertEquals(1, found.size(), "one " + kind);
            return found.get(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> yamlFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static List<Path> dockerfiles() throws IOException {
        try (Stream<Path> files = Files.list(DOCKERFILES)) {
            List<Path> found = files.filter(file -> file.getFileName().toString().startsWith("Dockerfile")).sorted().toList();
            assertThat(found, hasSize(4));
            return found;
        }
    }

    private static List<Map<String, Object>> documents(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(Files.readString(file))) {
            documents.add((Map<String, Object>) document);
        }
        return documents;
    }

    /** The sources of a Dockerfile's COPY instructions from the build context (not from a stage). */
    private static List<String> copiedSources(String dockerfile) {
        List<String> sources = new ArrayList<>();
        for (String line : dockerfile.lines().toList()) {
            if (!line.startsWith("COPY ") || line.contains("--from=")) {
                continue;
            }
            List<String> words = Stream.of(line.substring(5).trim().split("\\s+")).filter(w -> !w.startsWith("--")).toList();
            sources.addAll(words.subList(0, words.size() - 1));
        }
        return sources;
    }

    /** The paths .dockerignore lets through; it must start by ignoring everything. */
    private static List<String> dockerignoreExceptions() throws IOException {
        List<String> rules = Files.readAllLines(DOCKERIGNORE).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals("*", rules.get(0), ".dockerignore sends nothing it does not name");
        return rules.stream().filter(rule -> rule.startsWith("!")).map(rule -> rule.substring(1)).toList();
    }

    private static boolean letsThrough(String pattern, String source) {
        String path = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
        return path.equals(pattern) || path.startsWith(pattern + "/")
                || FileSystems.getDefault().getPathMatcher("glob:" + pattern).matches(Path.of(path));
    }

    private static void assertSubset(Map<String, Object> selector, Map<String, Object> labels) {
        assertThat(selector.entrySet(), not(empty()));
        selector.forEach((key, value) -> assertEquals(value, labels.get(key), "label " + key));
    }

    private static Map<String, Object> map(Map<String, Object> root, String path) {
        Object node = root;
        for (String key : path.split("\\.")) {
            node = ((Map<String, Object>) node).get(key);
            assertNotNull(node, path);
        }
        return (Map<String, Object>) node;
    }

    private static List<Object> list(Map<String, Object> root, String path) {
        int last = path.lastIndexOf('.');
        Map<String, Object> parent = last < 0 ? root : map(root, path.substring(0, last));
        Object node = parent.get(path.substring(last + 1));
        assertNotNull(node, path);
        return (List<Object>) node;
    }
}

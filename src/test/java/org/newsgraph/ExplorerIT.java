package org.newsgraph;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

/**
 * The explorer as a reporter uses it, in Debian's Chromium against the packaged service on its embedded
 * database with the seed corpus: search to person to event to article, the mission form, the live feed across
 * two windows, a hostile article, a phone's width. Every page is checked to ask nothing of any other host, to
 * log no error (a Content-Security-Policy violation is one), and is saved as a screenshot under
 * target/screenshots.
 */
@DisabledIfSystemProperty(named = "native.image.path", matches = ".+", disabledReason = PackagedService.JAR_ONLY)
class ExplorerIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** axe-core, the accessibility checker, from the explorer's own development dependencies. */
    private static final Path AXE = Path.of("src/main/webui/node_modules/axe-core/axe.min.js");
    private static final String INGEST = "mutation($input: ArticleInput!) { ingestArticle(input: $input) { id } }";

    @TempDir
    static Path home;

    private static PackagedService service;
    private static Playwright playwright;
    private static Browser browser;

    private final List<String> elsewhere = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private BrowserContext context;

    @BeforeAll
    static void start() throws Exception {
        service = PackagedService.start(home, "explorer");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (service != null) {
            service.close();
        }
        PackagedService.postmaster(home.resolve(".newsgraph/postgres")).ifPresent(ProcessHandle::destroy);
    }

    @BeforeEach
    void openContext() {
        context = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    }

    @AfterEach
    void closeContext() {
        context.close();
        assertEquals(List.of(), elsewhere, "requests to other hosts");
        assertEquals(List.of(), errors, "errors in the browser's console");
    }

    @Test
    void aReporterGoesFromASearchToThePersonTheEventAndTheArticle() {
        Page page = context.newPage();
        page.navigate(service.uri() + "/");
        search(page, "Kim", "the service's first search since it started");
        for (String warmUp : List.of("Lavrov", "Trump", "Kim Jong")) {
            search(page, warmUp, "a warm-up search");
        }
        Locator putin = search(page, "Putin", "a search of a warm service");
        assertThat(page).hasURL(Pattern.compile("/search\\?q=Putin"));
        screenshot(page, "search");

        putin.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vladimir Putin").setLevel(1))).isVisible();
        Locator events = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Events"));
        Locator invitation = events.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("Kim Jong-un"))).first();
        assertThat(invitation).isVisible();
        screenshot(page, "person");

        invitation.click();
        Locator reports = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Reported by"));
        assertThat(reports).containsText("The Associated Press");
        assertThat(reports.getByRole(AriaRole.LINK)).hasCount(2);
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Quotes"))).containsText("Putin");
        screenshot(page, "event");

        reports.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("Comrade"))).click();
        Locator text = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Article text"));
        Locator quotes = text.locator("[data-quote-id]");
        assertThat(quotes.first()).isVisible();
        assertTrue(quotes.count() >= 2, "quotes highlighted in the article's text");
        Locator first = quotes.first();
        first.focus();
        Locator speaker = page.locator("#" + first.getAttribute("aria-describedby"));
        assertThat(speaker).isVisible();
        assertThat(speaker).containsText("Putin");
        screenshot(page, "article");
    }

    @Test
    void theMissionFormAnswersWhomPutinInvitedAndShowsTheQueryItSent() {
        Page page = context.newPage();
        page.navigate(service.uri() + "/ask");
        page.getByLabel("Event type").selectOption("INVITATION");
        page.getByLabel("Participant").fill("Putin");
        page.getByLabel("Role").selectOption("INVITER");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kim Jong-un")).first()).isVisible();
        assertThat(page.getByTestId("sent-query")).containsText("events(");
        assertThat(page.getByTestId("sent-variables")).containsText("Putin");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy as curl"))).isVisible();
        screenshot(page, "mission");
    }

    @Test
    void anArticleIngestedInTheEditorArrivesInTheLiveFeedOfAnotherWindow() {
        Page feed = context.newPage();
        feed.navigate(service.uri() + "/live");
        assertThat(feed.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();

        BrowserContext second = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page editor = second.newPage();
        editor.navigate(service.uri() + "/editor");
        editor.getByLabel("Editor token").fill(service.editorToken());
        editor.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Harbour ferry returns after a winter away");
        editor.getByLabel("Body").fill("The harbour ferry returned to service on Monday after four months in dry dock. "
                + "\"We missed the sound of the engine,\" said Marit Olsen, who runs the kiosk on the quay.");
        editor.getByLabel("Outlet").fill("Quay Weekly");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingest")).click();
        assertThat(editor.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Ingested article"))).isVisible();
        screenshot(editor, "editor");
        second.close();

        assertThat(feed.getByText("Harbour ferry returns after a winter away").first()).isVisible();
        screenshot(feed, "live");
    }

    @Test
    void anArticleWithMarkupInItIsShownAsTextAndRunsNothing() {
        String body = "The council met on Tuesday. <script>window.pwned = 'script'</script> A reader wrote in "
                + "<img src=x onerror=\"window.pwned = 'img'\"> to complain about the new bins. \"We were not asked,\" "
                + "said Ines Varga, who lives on the square.";
        String id = service.data(INGEST, Map.of("input", Map.of("title", "Bins <b>row</b> reaches the council",
                "body", body, "source", "Square Gazette"))).getString("ingestArticle.id");
        Page page = context.newPage();
        page.onDialog(dialog -> errors.add("a dialog opened: " + dialog.message()));
        page.navigate(service.uri() + "/article/" + id);
        Locator text = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Article text"));
        assertThat(text).containsText("<script>window.pwned = 'script'</script>");
        assertThat(text).containsText("<img src=x onerror=");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Bins <b>row</b>");
        assertEquals(0, text.locator("img, script").count(), "no element made of the article's text");
        assertNull(page.evaluate("() => window.pwned ?? null"), "nothing of the article ran");
        screenshot(page, "hostile-article");
    }

    @Test
    void axeFindsNoSeriousAccessibilityViolationInAnyView() {
        // axe is put into the page as a script of its own, which the service's policy forbids: this window lets it
        BrowserContext checked = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setBypassCSP(true));
        Page page = checked.newPage();
        page.navigate(service.uri() + "/search?q=Putin");
        Locator putin = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vladimir Putin")).first();
        assertThat(putin).isVisible();
        String entity = service.uri() + putin.getAttribute("href");
        for (String view : List.of(service.uri() + "/search?q=Putin", entity, service.uri() + "/ask", service.uri() + "/editor",
                service.uri() + "/live")) {
            page.navigate(view);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.addScriptTag(new Page.AddScriptTagOptions().setPath(AXE));
            @SuppressWarnings("unchecked")
            List<String> violations = (List<String>) page.evaluate("""
                    async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')""");
            assertEquals(List.of(), violations, view);
        }
        checked.close();
    }

    @Test
    void everyViewFitsAPhonesWidth() {
        BrowserContext phone = newContext(new Browser.NewContextOptions().setViewportSize(375, 812).setIsMobile(true));
        Page page = phone.newPage();
        for (String view : List.of("/search?q=Putin", "/ask", "/editor", "/live")) {
            page.navigate(service.uri() + view);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
            page.waitForLoadState();
            int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
            assertTrue(width <= 375, view + " is " + width + " px wide on a 375 px phone");
        }
        screenshot(page, "phone-live");
        phone.close();
    }

    /** Searches from the search box, prints how long the first results took to show, and returns the person found. */
    private static Locator search(Page page, String words, String which) {
        page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search")).fill(words);
        long asked = System.nanoTime();
        page.keyboard().press("Enter");
        Locator person = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(Pattern.compile("^People")))
                .getByRole(AriaRole.LINK).first();
        assertThat(person).containsText(words);
        System.out.printf("Explorer: first results of %s (\"%s\") on the seed corpus, in the browser: %d ms%n", which, words,
                (System.nanoTime() - asked) / 1_000_000);
        return person;
    }

    /** A browser window that may ask only the service: anything else is recorded, and refused. */
    private BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext opened = browser.newContext(options);
        opened.route("**/*", route -> {
            if (route.request().url().startsWith(service.uri())) {
                route.resume();
            } else {
                elsewhere.add(route.request().url());
                route.abort();
            }
        });
        opened.onPage(page -> page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(page.url() + ": " + message.text());
            }
        }));
        return opened;
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(false));
    }
}

package dev.bulkhead.ui.present;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.WhatIf;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.Story;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.ui.canvas.CanvasView;
import dev.bulkhead.ui.compare.CompareStrip;
import dev.bulkhead.export.report.NotPriced;
import dev.bulkhead.ui.compare.ComparisonTableView;
import dev.bulkhead.ui.fx.AnalysisService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;

/**
 * Presentation mode (View > Presentation, F11): the window full screen in large type with the canvas and the
 * compare strip alone, a story of the model (the one chosen in View > Present Story or the captions' selector, else
 * the first) stepped through by keyboard (arrows, Page Up/Down as a presenter's clicker sends, Space), what-if
 * controls under the strip; Escape leaves and restores the window as it was.
 *
 * <p>The strip shows the real analysis of the model, or, while a what-if is set, a real analysis of the what-if
 * (see {@link WhatIf}), marked as such; the compare view shows, in the strip's place, the comparison table of the same analysis, whose
 * formula cards show the multiplied inputs.
 */
public final class PresentationMode {
    /** The least height of any text on screen: body text read from the back of a room on a 1080p projector. */
    public static final double READING_PIXELS = 24;
    private final ModelDocument document;
    private final CanvasView canvas;
    private final CompareStrip strip;
    private final AnalysisService analysis;
    private final ReferenceData reference;
    private final Supplier<ElementId> scope;
    /**
     * The environment the strip follows while presenting, taken on entering: what the room sees is the story's, so a
     * find (Ctrl+F) or a click that selects elsewhere pans and rings but never narrows the strip mid-story.
     */
    private ElementId presentedScope;
    private final Consumer<String> say;
    private final StoryOverlay overlay;
    private final WhatIfBar whatIfBar = new WhatIfBar();
    private final ComparisonTableView table;
    private final ScrollPane compareArea;
    private final StoryPlayer player;
    private PresentationLayout layout;
    private Node canvasArea;
    /** The story to play, by name; null (or a name the model no longer has) plays the first. */
    private String chosenStory;
    private final BlankScreen blank = new BlankScreen();
    /** The story and step shown when presenting last ended, for Shift+F5 to resume there. */
    private String resumeStory;
    private int resumeStep = -1;
    /** Counts what-if requests, so that a slow answer to an older question is dropped. */
    private long asked;
    private final EventHandler<KeyEvent> keys = this::onKey;
    /** Sets the view on entering when no story does (a lesson frames what its step talks about). */
    private Runnable framesWithoutStory = () -> { };
    /** Works out the base scenario's analysis for the compare view; made when first needed, closed on leaving. */
    private dev.bulkhead.ui.scenario.NewestTask<Analysis> baselines;
    /** The base scenario's analysis last worked out, and for which model and what-if. */
    private Baseline baseline;

    /** Which model (by identity: a snapshot never changes) and what-if a baseline was worked out for. */
    private record BaselineKey(dev.bulkhead.model.Model model, WhatIf whatIf) {
        boolean sameAs(BaselineKey other) {
            return model == other.model && whatIf.equals(other.whatIf);
        }
    }

    private record Baseline(BaselineKey key, Analysis analysis) {
    }

    /**
     * @param scope the environment the strip follows (the selection's), or null for the whole model
     * @param say   shows a message to the presenter
     */
    public PresentationMode(ModelDocument document, CanvasView canvas, CompareStrip strip, AnalysisService analysis,
                            ReferenceData reference, Supplier<ElementId> scope, Consumer<String> say) {
        this.document = document;
        this.canvas = canvas;
        this.strip = strip;
        this.analysis = analysis;
        this.reference = reference;
        this.scope = scope;
        this.say = say;
        this.overlay = new StoryOverlay(canvas);
        // No Apply buttons: a presentation shows the model and never changes it (and the row would push the table past the screen).
        this.table = new ComparisonTableView(null);
        table.packForLargeType();
        this.compareArea = new ScrollPane(table);
        compareArea.setId("presentation-compare");
        compareArea.setFitToWidth(true);
        show(compareArea, false);
        show(whatIfBar, false);
        this.player = new StoryPlayer(document, canvas, overlay, this::showCompare, say);
        overlay.onStoryChosen(this::present);
        whatIfBar.whatIfProperty().addListener((o, before, now) -> refresh(true));
        document.addListener(event -> {
            if (isOn()) {
                whatIfBar.setModel(document.snapshot());
                overlay.showStories(storyNames(), playing());
            }
        });
    }

    /**
     * Lays the mode over the window's parts; call once the window is built.
     *
     * @param body       the split pane of the centre and the side panel
     * @param side       the side panel, taken out of {@code body} while presenting
     * @param canvasArea the canvas with what is stacked on it, hidden in the compare view
     */
    public void attach(javafx.stage.Stage stage, javafx.scene.layout.BorderPane root, javafx.scene.control.SplitPane body,
                       Node side, Node canvasArea) {
        this.layout = new PresentationLayout(new PresentationLayout.Parts(stage, root, body, side));
        this.canvasArea = canvasArea;
        blank.attach(root);
        root.addEventFilter(KeyEvent.KEY_PRESSED, keys);
    }

    /** Rings, notes and the step counter, to stack over the canvas. */
    public StoryOverlay overlay() {
        return overlay;
    }

    /** The comparison table of the compare view, to place above the strip. */
    public Node compareArea() {
        return compareArea;
    }

    /** The what-if controls, to place under the strip. */
    public Node whatIfBar() {
        return whatIfBar;
    }

    public boolean isOn() {
        return layout != null && layout.isOn();
    }

    /** Enters presentation mode and starts the chosen story (see {@link #present}), else the model's first, if any. */
    public void enter() {
        if (isOn()) {
            return;
        }
        presentedScope = scope.get();
        layout.enter();
        canvas.setReadingSize(READING_PIXELS);
        strip.chart().setMagnification(READING_PIXELS / dev.bulkhead.diagram.chart.CostIsolationPlot.smallestType(true));
        show(whatIfBar, true);
        whatIfBar.setModel(document.snapshot());
        player.start(story());
        overlay.showStories(storyNames(), playing());
        if (playing() == null) {
            // Names are drawn at reading size now at any zoom: a view can hold more than the window's did.
            framesWithoutStory.run();
        }
        canvas.requestFocus();
    }

    /** What sets the view on entering presentation mode in a model without a story. */
    public void framingWithoutStory(Runnable framing) {
        framesWithoutStory = java.util.Objects.requireNonNull(framing);
    }

    /**
     * Plays the story of this name from its first step: enters presentation mode, or, while presenting, leaves the
     * story shown (taking back its scenario switches) and starts this one.
     */
    public void present(String storyName) {
        if (document.snapshot().stories().named(storyName).isEmpty()) {
            say.accept("This model has no story named '" + storyName + "'");
            return;
        }
        chosenStory = storyName;
        if (!isOn()) {
            enter();
            return;
        }
        if (!storyName.equals(playing())) {
            player.stop();
            player.start(story());
            overlay.showStories(storyNames(), playing());
        }
    }

    /** The model's stories, by name, in the order their author made them. */
    public java.util.List<String> storyNames() {
        return document.snapshot().stories().all().stream().map(Story::name).toList();
    }

    /** The story last chosen to present (it may since have gone from the model), or null. */
    public String chosenStory() {
        return chosenStory;
    }

    /** The name of the story playing, or null. */
    public String playing() {
        return player.story() == null ? null : player.story().name();
    }

    /** The chosen story while the model still has it, else its first story, else null. */
    private Story story() {
        var stories = document.snapshot().stories();
        return (chosenStory == null ? java.util.Optional.<Story>empty() : stories.named(chosenStory))
                .or(() -> stories.all().stream().findFirst()).orElse(null);
    }

    /** Leaves presentation mode: what-ifs reset, the story's scenario switches taken back, the window as it was. */
    public void leave() {
        if (!isOn()) {
            return;
        }
        resumeStory = playing();
        resumeStep = player.index();
        blank.set(false);
        player.stop();
        overlay.showStories(storyNames(), null);
        if (baselines != null) {
            baselines.close();
            baselines = null;
        }
        baseline = null;
        whatIfBar.reset();
        show(whatIfBar, false);
        showCompare(false);
        canvas.setReadingSize(0);
        strip.chart().setMagnification(1);
        layout.leave();
        refresh(false);
        canvas.requestFocus();
    }

    /** Enters or leaves (F11). */
    public void toggle() {
        if (isOn()) {
            leave();
        } else {
            enter();
        }
    }

    /** Shows the next step of the story. */
    public void next() {
        player.next();
    }

    /** Shows the previous step of the story. */
    public void previous() {
        player.previous();
    }

    /** The step shown, 0-based, or -1 when no story plays. */
    public int stepIndex() {
        return player.index();
    }

    /** Whether the compare view (the table in the strip's place) fills the screen instead of the canvas. */
    public boolean showsCompareView() {
        return compareArea.isVisible();
    }

    /** The what-if asked now. */
    public WhatIf whatIf() {
        return whatIfBar.whatIfProperty().get();
    }

    /** Sets the what-if controls, as the presenter would (for the screenshot tool). */
    public void ask(WhatIf question) {
        whatIfBar.set(question);
    }

    /** The comparison table of the compare view. */
    public ComparisonTableView table() {
        return table;
    }

    /** The what-if controls, for tests. */
    WhatIfBar controls() {
        return whatIfBar;
    }

    /**
     * Shows an analysis of the model in the strip (and the compare view's table): the analysis itself, or while a
     * what-if is set, a fresh analysis of the what-if, worked out off the FX thread.
     */
    public void showAnalysis(Analysis latest, boolean animate) {
        WhatIf question = whatIf();
        long request = ++asked;
        if (question.isNone() || !isOn()) {
            display(latest, animate, null, latest.model().scenarios());
            return;
        }
        analysis.compute(() -> question.analyze(reference, latest.model()), (Analysis answer) -> {
            if (request == asked) {
                display(answer, true, question.describe(latest.model()), latest.model().scenarios());
            }
        }, failure -> {
            // The figures shown stay the model's own, never a what-if that could not be worked out.
            say.accept("The what-if could not be analysed: " + failure);
            strip.show(latest, scope());
        });
    }

    /** The environment the strip shows: fixed while presenting (see {@link #presentedScope}), else the selection's. */
    private ElementId scope() {
        return isOn() ? presentedScope : scope.get();
    }

    private void refresh(boolean animate) {
        Analysis latest = analysis.latest();
        if (latest != null) {
            showAnalysis(latest, animate);
        }
    }

    private void display(Analysis shown, boolean animate, String whatIfText, dev.bulkhead.model.Scenarios scenarios) {
        strip.show(shown, scope(), animate, whatIfText, scenarios);
        showTable(shown);
    }

    /**
     * Fills the compare view's table. A proposal is shown against the base scenario (the design it would replace):
     * the base's design as modelled, under the same what-if, is worked out off the FX thread and added as a column.
     */
    private void showTable(Analysis shown) {
        if (!compareArea.isVisible()) {
            return;
        }
        ElementId environment = strip.scopeEnvironment();
        // The model the user has: a what-if's analysed model is a copy without scenarios.
        Analysis latest = analysis.latest();
        dev.bulkhead.model.Model real = latest == null ? document.snapshot() : latest.model();
        var scenarios = real.scenarios();
        table.show(shown.scope(environment), shown.model(), shown.pricing().symbol(),
                NotPriced.of(shown, shown.scope(environment)), scenarios, null);
        if (scenarios.active().equals(scenarios.base())) {
            return;
        }
        String base = scenarios.base();
        BaselineKey key = new BaselineKey(real, whatIf());
        if (baseline != null && baseline.key().sameAs(key)) {
            showAgainst(shown, environment, base, baseline.analysis());
            return;
        }
        if (baselines == null) {
            baselines = new dev.bulkhead.ui.scenario.NewestTask<>("bulkhead-presentation-baseline");
        }
        baselines.run(() -> key.whatIf().isNone() ? new dev.bulkhead.analysis.Analyzer(reference).analyze(key.model().inScenario(base))
                : key.whatIf().analyze(reference, key.model().inScenario(base)), answer -> {
                    baseline = new Baseline(key, answer);
                    if (strip.shown() == shown) {
                        showAgainst(shown, environment, base, answer);
                    }
                }, failure -> say.accept("The base scenario could not be analysed: " + failure));
    }

    private void showAgainst(Analysis shown, ElementId environment, String base, Analysis baseAnalysis) {
        if (!compareArea.isVisible() || environment != null && baseAnalysis.environment(environment).isEmpty()) {
            return;
        }
        table.show(shown.scope(environment), shown.model(), shown.pricing().symbol(),
                NotPriced.of(shown, shown.scope(environment)), baseline.key().model().scenarios(),
                new ComparisonTableView.Baseline(base, baseAnalysis.scope(environment), baseAnalysis.model(),
                        NotPriced.of(baseAnalysis, baseAnalysis.scope(environment))));
    }

    private void showCompare(boolean compare) {
        if (canvasArea != null) {
            show(canvasArea, !compare);
        }
        show(compareArea, compare);
        // The table's columns are the strip's cards row by row; in large type the room can have one of the two whole,
        // and the table says more (every cost line, isolation, requirements), so it takes the strip's place.
        show(strip, !compare);
        if (layout != null) {
            javafx.collections.ObservableList<String> classes = canvasArea.getScene() == null ? null
                    : canvasArea.getScene().getRoot().getStyleClass();
            if (classes != null) {
                classes.remove("bh-compare-view");
                if (compare) {
                    classes.add("bh-compare-view");
                }
            }
        }
        if (compare && strip.shown() != null) {
            showTable(strip.shown());
        }
        // The keyboard stays with what is shown: a hidden canvas would hand the focus to whatever is next.
        if (isOn()) {
            (compare ? compareArea : canvas).requestFocus();
        }
    }

    /**
     * F5 and Shift+F5, the keys a clicker's slideshow button sends: start the story from its first step, or resume it
     * where it is (where it was left, when not presenting). Never a way out: a button that alternates F5 and Escape
     * would otherwise end the show, its what-ifs and its place in the story, on its second press.
     */
    private void slideshowKey(boolean resume) {
        blank.set(false);
        if (!isOn()) {
            enter();
            if (resume && player.isPlaying() && resumeStep > 0 && java.util.Objects.equals(resumeStory, playing())
                    && resumeStep < player.story().steps().size()) {
                player.go(resumeStep);
            }
        } else if (!resume && player.isPlaying()) {
            player.go(0);
        }
    }

    /** Whether the black screen covers the window (B or "." while presenting). */
    public boolean isBlank() {
        return blank.isOn();
    }

    private void onKey(KeyEvent e) {
        // While black, any key only brings the picture back, as PowerPoint does: a clicker's "next" must not step the
        // story where the room cannot see it, nor Escape end the show the trainer only meant to show again.
        if (isOn() && blank.isOn() && !e.getCode().isModifierKey()) {
            blank.set(false);
            e.consume();
            return;
        }
        // Typing in a field on screen (find) is typing: a space or an arrow there must not step the story, nor Escape leave.
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl field && shownWhole(field)) {
            return;
        }
        if (e.getCode() == javafx.scene.input.KeyCode.F5 && layout != null) {
            slideshowKey(e.isShiftDown());
            e.consume();
            return;
        }
        if (!isOn()) {
            return;
        }
        switch (e.getCode()) {
            case B, PERIOD -> blank.toggle();
            case ESCAPE, F11 -> leave();
            case RIGHT, PAGE_DOWN, SPACE, DOWN -> player.next();
            case LEFT, PAGE_UP, BACK_SPACE, UP -> player.previous();
            case HOME -> {
                if (player.isPlaying()) {
                    player.go(0);
                }
            }
            case R -> whatIfBar.reset();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Whether a node and every node above it are visible (a hidden field can keep the focus). */
    private static boolean shownWhole(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}

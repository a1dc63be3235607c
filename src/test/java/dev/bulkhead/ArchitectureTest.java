package dev.bulkhead;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of ARCHITECTURE.md, checked on every build. */
@AnalyzeClasses(packages = "dev.bulkhead", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule onlyTheUiTouchesJavaFx = noClasses()
            .that().resideOutsideOfPackage("dev.bulkhead.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp..")
            .because("the CLI and the analysis must run headless, without starting the JavaFX toolkit");

    @ArchTest
    static final ArchRule theModelDependsOnNothingElseOfOurs = noClasses()
            .that().resideInAPackage("dev.bulkhead.model..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.bulkhead.analysis..", "dev.bulkhead.export..",
                    "dev.bulkhead.persistence..", "dev.bulkhead.cli..", "dev.bulkhead.ui..", "dev.bulkhead.reference..",
                    "com.fasterxml..", "org.jgrapht..", "picocli..")
            .because("the domain model is plain Java that every other layer builds on");

    @ArchTest
    static final ArchRule analysisKnowsNoFilesExportsOrViews = noClasses()
            .that().resideInAPackage("dev.bulkhead.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.bulkhead.export..", "dev.bulkhead.persistence..",
                    "dev.bulkhead.cli..", "dev.bulkhead.ui..")
            .because("analysis turns a model into numbers; how they are stored or shown is someone else's job");

    @ArchTest
    static final ArchRule exportersTakeTheDomainModelNotFileDtos = noClasses()
            .that().resideInAPackage("dev.bulkhead.export..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.bulkhead.persistence..", "dev.bulkhead.cli..",
                    "dev.bulkhead.ui..")
            .because("an export is a function of the model, not of how a file happened to spell it");

    @ArchTest
    static final ArchRule referenceDataKnowsOnlyTheModel = noClasses()
            .that().resideInAPackage("dev.bulkhead.reference..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.bulkhead.analysis..", "dev.bulkhead.export..",
                    "dev.bulkhead.persistence..", "dev.bulkhead.cli..", "dev.bulkhead.ui..")
            .because("prices, assumptions and the rubric are data with sources; computing with them is the analysis' job");

    @ArchTest
    static final ArchRule analysisReadsNoFiles = noClasses()
            .that().resideInAPackage("dev.bulkhead.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "java.nio.file..")
            .because("the analysis is pure computation on a model snapshot and reference data handed to it");

    @ArchTest
    static final ArchRule persistenceKnowsOnlyTheModel = noClasses()
            .that().resideInAPackage("dev.bulkhead.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.bulkhead.analysis..", "dev.bulkhead.export..",
                    "dev.bulkhead.cli..", "dev.bulkhead.ui..")
            .because("the file format stores the model and nothing derived from it");

    @ArchTest
    static final ArchRule theCliNeverReachesTheUi = noClasses()
            .that().resideInAPackage("dev.bulkhead.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.bulkhead.ui..")
            .because("headless commands must never start the toolkit");

    @ArchTest
    static final ArchRule editsAreSharedNotPartOfTheUi = noClasses()
            .that().resideInAPackage("dev.bulkhead.edit..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.bulkhead.ui..", "dev.bulkhead.cli..",
                    "dev.bulkhead.persistence..", "dev.bulkhead.export..")
            .because("the app, the CLI and lessons apply the same named edits; the edits must not need a window or a file");

    @ArchTest
    static final ArchRule lessonsAreToolkitFree = noClasses()
            .that().resideInAPackage("dev.bulkhead.lesson..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "dev.bulkhead.ui..",
                    "dev.bulkhead.cli..")
            .because("a lesson's tasks are predicates over the model and its analysis, checked in plain unit tests and "
                    + "written as data a trainer can add without touching the app");

    @ArchTest
    static final ArchRule theDiagramIsToolkitFree = noClasses()
            .that().resideInAPackage("dev.bulkhead.diagram..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.kordamp..", "dev.bulkhead.ui..",
                    "dev.bulkhead.cli..", "dev.bulkhead.persistence..")
            .because("the diagram draws the canvas, the exports and the report alike, with no display (the CLI renders too)");

    @ArchTest
    static final ArchRule awtOnlyInTheDiagramsJava2dAdapter = noClasses()
            .that().resideInAPackage("dev.bulkhead.diagram..")
            .and().resideOutsideOfPackages("dev.bulkhead.diagram.java2d..", "dev.bulkhead.diagram.fonts..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..", "javax.imageio..")
            .because("the layout, painters, SVG and PDF writers stay toolkit-free; only the Java2D adapter (PNG) and the "
                    + "font-outline reader (Java2D's geometry is fontbox's path type) touch AWT");

    @ArchTest
    static final ArchRule noAwtOrSwingInTheUi = noClasses()
            .that().resideInAPackage("dev.bulkhead.ui..")
            .and().doNotHaveSimpleName("PngWriter")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
            .because("the UI is JavaFX; only PNG writing may bridge to java.awt through javafx.embed.swing");

    @ArchTest
    static final ArchRule uiPartsDoNotDependOnEachOtherInCircles = slices().matching("dev.bulkhead.ui.(*)..")
            .should().beFreeOfCycles()
            .because("the app window assembles the canvas, inspector, compare view and export dialog; none of them reaches back");

    @ArchTest
    static final ArchRule gesturesDriveTheCanvasNotTheOtherWayRound = noClasses()
            .that().resideInAPackage("dev.bulkhead.ui.canvas")
            .should().dependOnClassesThat().resideInAPackage("dev.bulkhead.ui.canvas.gesture..")
            .because("the canvas view draws and edits; the input layer attached to it decides which gesture runs");

    // --- the UI's parts ---------------------------------------------------------------------------------
    // ui.app assembles the window; ui.fx holds what every part shares (themes, file dialogs, the analysis
    // service). ui.canvas is the editing core (selection, edits, layout) that the inspector and compare view
    // act through; the feature views (compare, inspector, export) never reach into one another.

    @ArchTest
    static final ArchRule theSharedUiToolsKnowNoPart = noClasses()
            .that().resideInAPackage("dev.bulkhead.ui.fx..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.bulkhead.ui.app..", "dev.bulkhead.ui.canvas..",
                    "dev.bulkhead.ui.compare..", "dev.bulkhead.ui.inspector..", "dev.bulkhead.ui.export..")
            .because("themes, dialogs and the analysis service serve every part of the UI and so may depend on none");

    @ArchTest
    static final ArchRule onlyTheAppAssemblesTheParts = noClasses()
            .that().resideInAPackage("dev.bulkhead.ui..").and().resideOutsideOfPackage("dev.bulkhead.ui.app..")
            .should().dependOnClassesThat().resideInAPackage("dev.bulkhead.ui.app..")
            .because("the window wires the parts together; a part that reached back into it could not be reused or tested alone");

    @ArchTest
    static final ArchRule theCanvasKnowsNoFeatureView = noClasses()
            .that().resideInAPackage("dev.bulkhead.ui.canvas..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.bulkhead.ui.compare..", "dev.bulkhead.ui.inspector..",
                    "dev.bulkhead.ui.export..")
            .because("the views build on the canvas's selection and edits, never the other way round");

    @ArchTest
    static final ArchRule theCompareViewStandsAlone = featureViewStandsAlone("compare");

    @ArchTest
    static final ArchRule theInspectorStandsAlone = featureViewStandsAlone("inspector");

    @ArchTest
    static final ArchRule theExportDialogStandsAlone = featureViewStandsAlone("export");

    private static ArchRule featureViewStandsAlone(String feature) {
        String[] others = java.util.stream.Stream.of("compare", "inspector", "export").filter(f -> !f.equals(feature))
                .map(f -> "dev.bulkhead.ui." + f + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage("dev.bulkhead.ui." + feature + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("feature views share the model, the analysis and the canvas's edits, not each other's classes");
    }
}

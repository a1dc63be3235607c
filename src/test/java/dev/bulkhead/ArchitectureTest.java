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
                    "dev.bulkhead.persistence..", "dev.bulkhead.cli..", "dev.bulkhead.ui..", "com.fasterxml..",
                    "org.jgrapht..", "picocli..")
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
}

package dev.bulkhead.cli;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.diagram.pdf.PageSpec;
import dev.bulkhead.export.diagram.DiagramExport;
import dev.bulkhead.export.diagram.DiagramExport.Format;
import dev.bulkhead.model.Environment;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bulkhead render FILE --to png|svg|pdf --out PATH [--scale N] [--theme light|dark] [--environment ENV]
 * [--page a4|letter [--landscape] [--tile]] [--legend] [--no-title]}: the diagram as a picture, drawn headless.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Draw the model's diagram as PNG, SVG or PDF, as the canvas shows it, without a display.",
        footer = {"", "Writes only the file --out names (replacing it if it exists), into a folder that must exist.",
                "Exit status: 0 written, 2 usage, unreadable model or unwritable file."})
final class RenderCommand implements Callable<Integer> {
    /** Export themes, independent of the app's. */
    enum Theme { light, dark }

    @Parameters(paramLabel = "FILE", description = "A .bulkhead.json model file.")
    Path file;

    @Option(names = "--to", paramLabel = "FORMAT", description = "png, svg or pdf (default: from --out's extension).")
    String to;

    @Option(names = "--out", paramLabel = "PATH", required = true, description = "The file to write.")
    Path out;

    @Option(names = "--scale", paramLabel = "N", description = "PNG only: 1, 2 or 3 pixels per unit (default 2).")
    Integer scale;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light", description = "light or dark (default: ${DEFAULT-VALUE}).")
    Theme theme;

    @Option(names = {"-e", "--environment"}, paramLabel = "ENV", description = "Draw one environment (name or id) only.")
    String environment;

    @Option(names = "--page", paramLabel = "SIZE", description = "PDF only: fit to a4 or letter (default: a page the drawing's size).")
    String page;

    @Option(names = "--landscape", description = "With --page: landscape instead of portrait.")
    boolean landscape;

    @Option(names = "--tile", description = "With --page: full size across several pages with overlap marks instead of fitted to one.")
    boolean tile;

    @Option(names = "--legend", description = "Add the key to colours and badges under the drawing.")
    boolean legend;

    @Option(names = "--no-title", description = "Leave out the title block (model, scope, date, pricing profile).")
    boolean noTitle;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ScenarioOption scenario = new ScenarioOption();

    @Override
    public Integer call() {
        // Java2D and PDFBox's font code must never look for a display.
        System.setProperty("java.awt.headless", "true");
        CommandLine commandLine = spec.commandLine();
        Format format = format(commandLine);
        check(commandLine, format);
        Path target = OutputFiles.check(commandLine, out);
        Analysis analysis = ModelFiles.analyseOrReport(commandLine, file, m -> scenario.select(commandLine, m));
        if (analysis == null) {
            return ExitCodes.USAGE;
        }
        Environment scope = ScopeOption.resolve(commandLine, analysis.model(), environment);
        PageSpec pageSpec = page == null ? PageSpec.PICTURE : new PageSpec(PageSpec.Paper.parse(page), landscape, tile);
        DiagramExport.Options options = DiagramExport.Options.of(format).withEnvironment(scope)
                .withScale(scale == null ? 2 : scale).withDark(theme == Theme.dark).withPage(pageSpec).withLegend(legend)
                .withTitleBlock(!noTitle).withDate(LocalDate.now());
        byte[] bytes;
        try {
            bytes = DiagramExport.render(analysis, options);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
        if (!OutputFiles.write(commandLine, out, target, bytes)) {
            return ExitCodes.USAGE;
        }
        commandLine.getOut().println("Wrote " + target + " (" + format.extension().toUpperCase(java.util.Locale.ROOT)
                + ", " + ScenarioOption.describing(analysis.model(), options.scopeLabel()) + ")");
        return ExitCodes.OK;
    }

    /**
     * The format --to names, else the one --out's extension names. Both given, they must agree: SVG bytes in a
     * .png would open nowhere, and the mistake would only show when someone opens the file.
     */
    private Format format(CommandLine commandLine) {
        String fileName = out.getFileName() == null ? "" : out.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String extension = dot > 0 ? fileName.substring(dot + 1) : null;
        if (to == null && extension == null) {
            throw new CommandLine.ParameterException(commandLine, "name the format with --to png|svg|pdf, or give --out "
                    + "a .png, .svg or .pdf name");
        }
        Format format;
        try {
            format = Format.parse(to != null ? to : extension);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
        if (to != null && extension != null && !extension.equalsIgnoreCase(format.extension())) {
            throw new CommandLine.ParameterException(commandLine, "--to " + format.extension() + " but --out names a ."
                    + extension + " file; name it " + fileName.substring(0, dot) + "." + format.extension()
                    + " or leave out --to");
        }
        return format;
    }

    private void check(CommandLine commandLine, Format format) {
        if (scale != null && format != Format.PNG) {
            throw new CommandLine.ParameterException(commandLine, "--scale applies to PNG only; SVG and PDF are vector");
        }
        if (scale != null && (scale < 1 || scale > 3)) {
            throw new CommandLine.ParameterException(commandLine, "--scale must be 1, 2 or 3, got " + scale);
        }
        if (page != null && format != Format.PDF) {
            throw new CommandLine.ParameterException(commandLine, "--page applies to PDF only");
        }
        if ((landscape || tile) && page == null) {
            throw new CommandLine.ParameterException(commandLine, (landscape ? "--landscape" : "--tile") + " needs --page a4|letter");
        }
        if (page != null) {
            try {
                PageSpec.Paper.parse(page);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(commandLine, e.getMessage());
            }
        }
    }
}

package dev.bulkhead.ui.app;

/** The keyboard reference shown from Help > Keyboard Shortcuts (Ctrl is Cmd on macOS). */
final class Shortcuts {
    static final String TEXT = String.join("\n",
            "Canvas",
            "  Drag from the palette        create; drop inside a container to nest",
            "  Click, Shift/Ctrl+click       select, add to selection",
            "  Drag on empty canvas          rubber-band selection",
            "  Arrows / Shift+arrows         nudge by 8 / 40 (pans when nothing is selected)",
            "  F2 or double-click            rename in place",
            "  Delete                        delete with contents and connections",
            "  C / V                         connect tool / select tool",
            "  Esc                           cancel the gesture, leave the connect tool, clear the selection",
            "  Space+drag, middle drag       pan",
            "  Ctrl+wheel, Ctrl+= / Ctrl+-   zoom; Ctrl+0 actual size; Ctrl+Shift+H fit",
            "",
            "Edit",
            "  Ctrl+Z / Ctrl+Y, Ctrl+Shift+Z undo / redo",
            "  Ctrl+X / C / V / D            cut / copy / paste / duplicate",
            "  Ctrl+A                        select all",
            "  Ctrl+Shift+L                  tidy up the selection",
            "  Ctrl+Shift+C                  collapse or expand containers",
            "  Ctrl+Shift+G                  snap to grid on or off",
            "",
            "Files and views",
            "  Ctrl+N / O / S, Ctrl+Shift+S  new / open / save / save as",
            "  Ctrl+K                        compare options",
            "  Ctrl+E                        export Kubernetes manifests",
            "  F1                            this list");

    private Shortcuts() {
    }
}

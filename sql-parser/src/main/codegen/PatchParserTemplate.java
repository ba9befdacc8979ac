/*
 * Build step: applies Freshet's patches to Calcite's Parser.jj template before FMPP runs.
 *
 * Run by the build as a single-file source program:
 *
 *   java PatchParserTemplate.java <patches file> <pristine Parser.jj> <patched Parser.jj>
 *
 * Calcite's template offers extension points (config.fmpp) for most of our grammar; the
 * patches cover the few places it does not (DISTINCT ON, WITH ... AS CHANGELOG, FETCH ... WITH
 * TIES, CORRESPONDING, $n parameters, ...). Each patch names an exact text to find and its
 * replacement, and must match exactly once: if Calcite's template changes under a patch, the
 * build fails here, naming the patch, instead of silently producing a different grammar.
 *
 * Patch file format: lines starting with "@@ patch <name>", "@@ find", "@@ replace", "@@ end"
 * delimit blocks; text between "@@ find" and "@@ replace" is the exact text to find, text
 * between "@@ replace" and "@@ end" its replacement. Lines starting with "#" outside blocks
 * are comments.
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public final class PatchParserTemplate {
    private PatchParserTemplate() {}

    private record Patch(String name, String find, String replace) {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: PatchParserTemplate <patches> <input Parser.jj> <output>");
            System.exit(2);
        }
        List<Patch> patches = readPatches(Path.of(args[0]));
        String text = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        for (Patch patch : patches) {
            int first = text.indexOf(patch.find());
            if (first < 0) {
                fail("patch '" + patch.name() + "' does not match Calcite's Parser.jj");
            }
            if (text.indexOf(patch.find(), first + 1) >= 0) {
                fail("patch '" + patch.name() + "' matches Calcite's Parser.jj more than once");
            }
            text = text.substring(0, first) + patch.replace()
                    + text.substring(first + patch.find().length());
        }
        Path out = Path.of(args[2]);
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
        System.out.println("[patch-parser-template] applied " + patches.size() + " patches to "
                + out);
    }

    private static List<Patch> readPatches(Path file) throws IOException {
        List<Patch> patches = new ArrayList<>();
        String name = null;
        StringBuilder find = null;
        StringBuilder replace = null;
        StringBuilder current = null;
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.startsWith("@@ patch ")) {
                if (name != null) {
                    fail(file + ":" + lineNo + ": patch '" + name + "' has no '@@ end'");
                }
                name = line.substring("@@ patch ".length()).trim();
                find = new StringBuilder();
                replace = new StringBuilder();
                current = null;
            } else if (line.equals("@@ find")) {
                current = requireOpen(name, find, file, lineNo);
            } else if (line.equals("@@ replace")) {
                current = requireOpen(name, replace, file, lineNo);
            } else if (line.equals("@@ end")) {
                requireOpen(name, find, file, lineNo);
                if (find.isEmpty()) {
                    fail(file + ":" + lineNo + ": patch '" + name + "' has nothing to find");
                }
                patches.add(new Patch(name, find.toString(), replace.toString()));
                name = null;
                current = null;
            } else if (current != null) {
                current.append(line).append('\n');
            } else if (!line.isBlank() && !line.startsWith("#")) {
                fail(file + ":" + lineNo + ": text outside a find/replace block");
            }
        }
        if (name != null) {
            fail(file + ": patch '" + name + "' has no '@@ end'");
        }
        return patches;
    }

    private static StringBuilder requireOpen(
            String name, StringBuilder part, Path file, int lineNo) {
        if (name == null) {
            fail(file + ":" + lineNo + ": marker outside '@@ patch'");
        }
        return part;
    }

    private static void fail(String message) {
        System.err.println("[patch-parser-template] " + message);
        System.exit(1);
    }
}

package org.ramjet.launcher;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    @Test
    void scriptTakesTheRestAsArgv() throws UsageError {
        CommandLine cl = CommandLine.parse(new String[] {"-u", "x.py", "-c", "y"});
        assertEquals(CommandLine.Mode.SCRIPT, cl.mode);
        assertEquals("x.py", cl.target);
        assertEquals(List.of("x.py", "-c", "y"), cl.args);
        assertTrue(cl.unbuffered);
    }

    @Test
    void commandEndsTheOptionList() throws UsageError {
        CommandLine cl = CommandLine.parse(new String[] {"-qc", "print(1)", "-u"});
        assertEquals(CommandLine.Mode.COMMAND, cl.mode);
        assertEquals("print(1)", cl.target);
        assertEquals(List.of("-c", "-u"), cl.args);
        assertTrue(cl.quiet);
        assertFalse(cl.unbuffered);
    }

    @Test
    void xOptionsWithAndWithoutValues() throws UsageError {
        CommandLine cl = CommandLine.parse(new String[] {"-X", "tier=0", "-Xdis", "f.py"});
        assertEquals("0", cl.xOptions.get("tier"));
        assertEquals("", cl.xOptions.get("dis"));
        XOptions x = new XOptions(cl.xOptions);
        assertTrue(x.isOn("dis"));
        assertEquals(0, x.getInt("tier"));
        assertFalse(x.isOn("feedback"));
    }

    @Test
    void cpythonUsageErrors() {
        assertEquals("Unknown option: -Z",
                assertThrows(UsageError.class, () -> CommandLine.parse(new String[] {"-Z"})).getMessage());
        assertEquals("Argument expected for the -c option",
                assertThrows(UsageError.class, () -> CommandLine.parse(new String[] {"-c"})).getMessage());
    }

    @Test
    void noArgumentsMeansStdin() throws UsageError {
        CommandLine cl = CommandLine.parse(new String[] {});
        assertEquals(CommandLine.Mode.STDIN, cl.mode);
        assertEquals(List.of(""), cl.args);
        assertEquals(CommandLine.Mode.VERSION, CommandLine.parse(new String[] {"-VV"}).mode);
        assertEquals(2, CommandLine.parse(new String[] {"-VV"}).versionLevel);
    }
}

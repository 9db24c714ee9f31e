import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs many {@code stridescope export ...} command lines in one JVM (a JVM start per case would
 * make a fuzz run of thousands of pictures take half an hour): one command a line on standard
 * input, arguments separated by tabs; prints {@code rc N} for each, in order. What the command
 * says on standard error is dropped. Run with the jar on the class path:
 * {@code java -cp app/target/stridescope.jar scripts/vectors/ExportMany.java}.
 */
public final class ExportMany {
    public static void main(String[] unused) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        System.setErr(quiet);
        System.setOut(quiet);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            int rc;
            try {
                rc = org.stridescope.app.cli.Cli.run(line.split("\t", -1));
            } catch (RuntimeException e) {
                rc = 99;
            }
            out.println("rc " + rc);
        }
    }
}

package io.newsflow.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Entry point of a child JVM of the local stack: runs the {@code main} of the class named by the first argument
 * with the remaining arguments, and exits as soon as standard input reaches end of file.
 *
 * <p>The parent keeps the write end of the child's standard input open for its whole life and never writes to
 * it. When the parent dies, however abruptly (even {@code kill -9}, where no shutdown hook runs), the operating
 * system closes that pipe; the child then exits through {@link System#exit}, which runs the server's own shutdown
 * hook. So a crashed test run or CLI never leaves an orphaned broker holding ports and disk.
 */
public final class ChildMain {

    private ChildMain() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: ChildMain MAIN_CLASS [ARGS...]");
        }
        Thread watcher = new Thread(ChildMain::exitWhenParentGone, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void exitWhenParentGone() {
        InputStream in = System.in;
        byte[] buffer = new byte[64];
        try {
            while (in.read(buffer) >= 0) {
                // the parent never writes; anything read is ignored
            }
        } catch (IOException e) {
            // a broken pipe means the same as end of file: the parent is gone
        }
        System.exit(0);
    }
}

package org.ramjet.launcher;

/** The text of {@code ramjet -h}: CPython's options, then Ramjet's own. */
final class Help {
    static final String TEXT = String.join("\n",
            "usage: ramjet [option] ... [-c cmd | -m mod | file | -] [arg] ...",
            "Options (and corresponding environment variables):",
            "-B     : don't write .pyc files on import (accepted; Ramjet writes none)",
            "-c cmd : program passed in as string (terminates option list)",
            "-E     : ignore PYTHON* environment variables (such as PYTHONPATH)",
            "-h     : print this help message and exit (also -? or --help)",
            "-i     : inspect interactively after running script",
            "-I     : isolate Python from the user's environment (implies -E and -s)",
            "-m mod : run library module as a script (terminates option list)",
            "-O     : remove assert and __debug__-dependent statements",
            "-OO    : do -O changes and also discard docstrings",
            "-q     : don't print version and copyright messages on interactive startup",
            "-s     : don't add user site directory to sys.path",
            "-S     : don't imply 'import site' on initialization",
            "-u     : force the stdout and stderr streams to be unbuffered",
            "-V     : print the Python version number and exit (also --version)",
            "         when given twice, print more information about the build",
            "-W arg : warning control (accepted)",
            "-X opt : set implementation-specific option; -X help lists Ramjet's",
            "Arguments:",
            "file   : program read from script file",
            "-      : program read from stdin (default; interactive mode if a tty)",
            "arg ...: arguments passed to program in sys.argv[1:]",
            "");

    private Help() {}
}

#pragma once

// The process's standard input and error as a terminal: whether they are one, and typing without
// echo for secrets.
//
// Operating-system specific. POSIX (Linux, macOS): platform/posix/Terminal.cpp, from isatty() and
// termios. Windows would use _isatty(_fileno(stdin)) and clear ENABLE_ECHO_INPUT with
// GetConsoleMode()/SetConsoleMode() on GetStdHandle(STD_INPUT_HANDLE).
class Terminal
{
public:
    static bool inputIsTerminal();
    static bool errorIsTerminal();

    // Turns the echo of what is typed on standard input off or back on, when it is a terminal.
    static void setInputEcho(bool enabled);
};

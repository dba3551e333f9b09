#include "app/platform/Terminal.h"

#include <termios.h>
#include <unistd.h>

bool Terminal::inputIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool Terminal::errorIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

void Terminal::setInputEcho(bool enabled)
{
    termios settings{};
    if (!inputIsTerminal() || ::tcgetattr(STDIN_FILENO, &settings) != 0)
        return;
    if (enabled)
        settings.c_lflag |= tcflag_t(ECHO);
    else
        settings.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &settings);
}

#!/usr/bin/env python3
"""Operating-system specific code lives in app/platform/ and nowhere else.

Scans the C++ sources under app/ and ui/ (outside app/platform/) for system headers, raw POSIX or
Windows calls and operating-system conditionals, after removing comments and string literals, and
names each one found. The tests under tests/ may use them: they run on Linux only.

Usage: check_platform_calls.py SOURCE_DIR
"""
import pathlib
import re
import sys

SYSTEM_HEADERS = re.compile(
    r"#\s*include\s*<(unistd\.h|sys/[\w/]+\.h|termios\.h|fcntl\.h|signal\.h|csignal|pwd\.h|grp\.h|"
    r"dirent\.h|poll\.h|dlfcn\.h|spawn\.h|syslog\.h|windows\.h|io\.h|conio\.h|[\w.]+/CoreFoundation\.h|"
    r"Security/[\w.]+|libsecret[\w/.-]*|dbus/[\w.]+)>")
# Names that are only ever the system's: flagged called bare, with "::" or with "std::".
SYSTEM_CALLS = (
    "stat|fstat|lstat|fstatat|isatty|tcgetattr|tcsetattr|sigaction|sigemptyset|signal|socketpair|"
    "pipe|pipe2|fork|vfork|execv|execvp|execve|execl|execlp|waitpid|kill|getpid|getppid|getuid|geteuid|"
    "getpwuid|umask|chmod|fchmod|chown|fsync|fdatasync|flock|lockf|fcntl|ioctl|mmap|munmap|dup|dup2|"
    "readlink|symlink|realpath|access|sysconf|setenv|unsetenv|putenv|getenv|nanosleep|usleep|"
    "CreateFileW|GetFileInformationByHandle|SetConsoleCtrlHandler|GetConsoleMode|SetConsoleMode|_isatty")
CALL = re.compile(r"(?<![\w.>:])(?:::|std::)?(" + SYSTEM_CALLS + r")\s*\(")
# read/write/open/close/unlink/rename are members of Qt classes too: only the global ones count.
GLOBAL_CALL = re.compile(r"(?<![\w:])::(read|write|open|close|unlink|rename|remove|socket|connect|poll)\s*\(")
CONDITIONAL = re.compile(
    r"#\s*(?:if|ifdef|ifndef|elif)\b.*\b(Q_OS_\w+|__linux__|__unix__|__APPLE__|_WIN32|_WIN64|__FreeBSD__|"
    r"_MSC_VER|__MACH__)")

CODE_TOKENS = re.compile(
    r"//[^\n]*|/\*.*?\*/|R\"(?P<delimiter>[^(\s]*)\(.*?\)(?P=delimiter)\"|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'",
    re.DOTALL)


def code_only(text):
    """The text with comments and literals blanked, newlines kept so line numbers stay right."""
    def blank(match):
        token = match.group(0)
        if token.startswith("#"):
            return token
        return re.sub(r"[^\n]", " ", token)
    return CODE_TOKENS.sub(blank, text)


def findings(source_dir):
    root = pathlib.Path(source_dir)
    platform = root / "app" / "platform"
    for folder in ("app", "ui"):
        for path in sorted((root / folder).rglob("*")):
            if path.suffix not in (".cpp", ".h") or platform in path.parents:
                continue
            text = path.read_text(encoding="utf-8")
            # Includes keep their <…> (not a literal); everything else loses comments and strings.
            code = code_only(text)
            for number, (line, original) in enumerate(zip(code.splitlines(), text.splitlines()), start=1):
                where = f"{path.relative_to(root)}:{number}"
                for pattern, what in ((SYSTEM_HEADERS, "system header"), (CONDITIONAL, "system conditional")):
                    if pattern.search(original) and original.lstrip().startswith("#"):
                        yield f"{where}: {what}: {original.strip()}"
                for pattern in (CALL, GLOBAL_CALL):
                    for match in pattern.finditer(line):
                        yield f"{where}: system call {match.group(1)}(): {original.strip()}"


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    found = list(findings(sys.argv[1]))
    for finding in found:
        print(finding)
    if found:
        print(f"FAIL: {len(found)} operating-system specific use(s) outside app/platform/: move each behind "
              "a class there (README.md, \"Other platforms\").", file=sys.stderr)
        return 1
    print("OK: no operating-system specific code outside app/platform/")
    return 0


if __name__ == "__main__":
    sys.exit(main())

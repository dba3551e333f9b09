"""What the hoist binary says about itself: its commands, actions and options, read from --help.

Shared by the man page and completion tests, so both compare against the parser itself.
"""

import os
import re
import subprocess
import tempfile

# Options every parser has; they are documented once, not per command.
HELP_OPTIONS = {"-h", "--help", "--help-all"}
SOURCE_DIR = os.environ.get("HOIST_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))


def binary():
    path = os.environ.get("HOIST_BINARY")
    if not path:
        raise RuntimeError("set HOIST_BINARY to the hoist binary (ctest does)")
    return path


def environment(home):
    """Hoist's environment in a throwaway home, without a display or keychain."""
    env = dict(os.environ)
    env.update(HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
               XDG_DATA_HOME=os.path.join(home, ".local", "share"), LC_ALL="C.UTF-8",
               QT_QPA_PLATFORM="offscreen")
    return env


# An empty home for the --help runs: nothing of the user's is read. Removed when Python exits.
_HOME = tempfile.TemporaryDirectory(prefix="hoist-cli-")


def run(*arguments, env=None):
    result = subprocess.run([binary(), *arguments], capture_output=True, text=True, timeout=30,
                            env=env or environment(_HOME.name), check=False)
    return result


def help_text(*words):
    result = run(*words, "--help")
    if result.returncode != 0:
        raise AssertionError(f"hoist {' '.join(words)} --help exited {result.returncode}: {result.stderr}")
    return result.stdout


def _section(text, title_pattern):
    """The lines of the sections whose title ("Commands:", "Options:" …) matches the pattern."""
    lines, inside = [], False
    for line in text.splitlines():
        if re.fullmatch(title_pattern, line):
            inside = True
        elif inside and line and not line.startswith(" "):
            inside = False
        elif inside:
            lines.append(line)
    return lines


def commands():
    """The commands `hoist --help` lists."""
    return [line.split()[0] for line in _section(help_text(), r"Commands:") if re.match(r"  [a-z]", line)]


def actions(command):
    """A command's actions, from the usage it prints ("hoist COMMAND ACTION …"), in order."""
    found = []
    for match in re.finditer(rf"^(?:Usage:)? +hoist {command} ([a-z]+)\b", help_text(command), re.M):
        if match.group(1) not in found:
            found.append(match.group(1))
    return found


def invocations():
    """Every command line with options of its own: ("upload",), ("profiles", "add") …"""
    result = []
    for command in commands():
        found = actions(command)
        result += [(command, action) for action in found] if found else [(command,)]
    return result


def options(*words):
    """The long and short options in the Options sections of `hoist WORDS --help`, without the help
    options: a set of "--name" (aliases each on their own)."""
    found = set()
    for line in _section(help_text(*words), r"(?:[A-Z][a-z ]+ )?[Oo]ptions:"):
        # An option line is indented by two spaces; its description's next lines by more.
        if not re.match(r"  -", line):
            continue
        names = re.split(r"\s{2,}", line.strip())[0]
        for name in re.findall(r"(?<![\w-])(--?[a-z][a-z0-9-]*)", names):
            found.add(name)
    return found - HELP_OPTIONS


def option_values(*words):
    """Options that take a value, as --help shows them ("--profile <NAME>" or "--profile NAME")."""
    taking = set()
    for line in _section(help_text(*words), r"(?:[A-Z][a-z ]+ )?[Oo]ptions:"):
        if re.match(r"  -", line):
            names = re.split(r"\s{2,}", line.strip())[0]
            if re.search(r"[<A-Z]", names):
                taking.update(re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]*)", names))
    return taking


def exit_codes():
    """name → value of every constant in app/cli/ExitCode.h."""
    with open(os.path.join(SOURCE_DIR, "app", "cli", "ExitCode.h"), encoding="utf-8") as header:
        return {name: int(value)
                for name, value in re.findall(r"constexpr int (\w+) = (\d+);", header.read())}

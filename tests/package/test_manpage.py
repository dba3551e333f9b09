"""docs/man/hoist.1 against the binary: every command, action and option its --help shows is in the
page, in that command's section, and the page documents no option the parser lacks; every exit code
of app/cli/ExitCode.h is under EXIT STATUS; groff and man render it without a warning.

Run by ctest with HOIST_BINARY and HOIST_SOURCE_DIR; HOIST_MANPAGE overrides the page's path.
"""

import os
import re
import shutil
import subprocess
import unittest

import hoist_cli

PAGE = os.environ.get("HOIST_MANPAGE", os.path.join(hoist_cli.SOURCE_DIR, "docs", "man", "hoist.1"))


def plain(roff):
    """Roff text without font changes and escapes, enough to read option names and headings."""
    text = re.sub(r"\\f(?:\[[^]]*\]|\(..|.)", "", roff)
    text = text.replace("\\-", "-").replace("\\(dq", '"').replace("\\&", "").replace("\\e", "\\")
    return text


def sections(roff):
    """Heading ("OPTIONS", "hoist upload", "EXIT STATUS" …) → the roff lines under it, for every .SH
    and .SS; an .SS belongs to the .SH above it too."""
    result, current, parent = {}, None, None
    for line in roff.splitlines():
        heading = re.match(r"\.(SH|SS)\s+(.*)", line)
        if heading:
            current = plain(heading.group(2)).strip().strip('"')
            if heading.group(1) == "SH":
                parent = current
            result.setdefault(current, [])
            continue
        if current:
            result[current].append(line)
            if parent != current:
                result[parent].append(line)
    return result


def tagged_options(lines):
    """The options in the tags of .TP paragraphs (the line after each .TP)."""
    found = set()
    for before, tag in zip(lines, lines[1:]):
        if before.strip() == ".TP":
            found.update(re.findall(r"(?<![\w-])(--?[a-z][a-z0-9-]*)", plain(tag)))
    return found - hoist_cli.HELP_OPTIONS


class ManPage(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(PAGE, encoding="utf-8") as page:
            cls.roff = page.read()
        cls.sections = sections(cls.roff)

    def section(self, heading):
        self.assertIn(heading, self.sections, f'{PAGE} has no section "{heading}"')
        return self.sections[heading]

    def test_every_command_and_action_has_its_section(self):
        invocations = hoist_cli.invocations()
        self.assertGreaterEqual(len(invocations), 10, invocations)  # the discovery itself works
        for words in invocations:
            with self.subTest(command=" ".join(words)):
                self.section("hoist " + " ".join(words))

    def test_options_match_help(self):
        cases = [((), "OPTIONS")]
        cases += [(words, "hoist " + " ".join(words)) for words in hoist_cli.invocations()]
        for words, heading in cases:
            with self.subTest(command=heading):
                in_help = hoist_cli.options(*words)
                in_page = tagged_options(self.section(heading))
                invocation = " ".join(("hoist",) + words)
                for option in sorted(in_help - in_page):
                    self.fail(f'{option} is in "{invocation} --help" but not in the man page\'s "{heading}"')
                for option in sorted(in_page - in_help):
                    self.fail(f'{option} is in the man page\'s "{heading}" but not in "{invocation} --help"')

    def test_every_exit_code_is_described(self):
        lines = self.section("EXIT STATUS")
        described = {int(code.group(1)) for before, tag in zip(lines, lines[1:])
                     if before.strip() == ".TP" and (code := re.fullmatch(r"\.B (\d+)", tag))}
        for name, value in hoist_cli.exit_codes().items():
            with self.subTest(code=name):
                self.assertIn(value, described, f"ExitCode::{name} ({value}) is not under EXIT STATUS")

    def test_every_environment_variable_read_is_described(self):
        text = plain("\n".join(self.section("ENVIRONMENT")))
        for variable in ("HOIST_SECRET", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "DBUS_SESSION_BUS_ADDRESS"):
            self.assertIn(variable, text)

    def test_groff_renders_without_warnings(self):
        result = subprocess.run(["groff", "-man", "-ww", "-z", PAGE], capture_output=True, text=True,
                                check=False)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")

    @unittest.skipUnless(shutil.which("man"), "man-db is not installed")
    def test_man_renders_without_warnings(self):
        env = dict(os.environ, LC_ALL="C.UTF-8", MANWIDTH="80")
        result = subprocess.run(["man", "--warnings", "-l", PAGE], capture_output=True, text=True,
                                env=env, check=False)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        self.assertIn("EXIT STATUS", result.stdout)


if __name__ == "__main__":
    unittest.main()

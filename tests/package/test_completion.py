"""resources/completion/hoist driven as bash drives it: COMP_WORDS, COMP_CWORD, COMP_LINE and
COMP_POINT set, _hoist called, COMPREPLY read. What it offers is compared with what the binary's
--help says (commands, actions, every command's options and the choices of its options), so the
completion cannot drift from the parser; profile names come from a throwaway home with a profile whose
name has a space, file names from a scratch folder.

Run by ctest with HOIST_BINARY and HOIST_SOURCE_DIR.
"""

import fcntl
import os
import pty
import re
import select
import shlex
import struct
import subprocess
import tempfile
import termios
import unittest

import hoist_cli

SCRIPT = os.path.join(hoist_cli.SOURCE_DIR, "resources", "completion", "hoist")


def one_line(text):
    return " ".join(text.split())


def listed(text, pattern):
    """The comma-separated words after PATTERN in TEXT (lines joined), as a set."""
    match = re.search(pattern + r"\s*([a-z0-9, -]+?)\s*[.(]", one_line(text))
    if not match:
        raise AssertionError(f"{pattern!r} not found in {text!r}")
    return {word.strip() for word in match.group(1).split(",")}


class Completion(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.home = tempfile.TemporaryDirectory(prefix="hoist-completion-")
        cls.env = hoist_cli.environment(cls.home.name)
        for name in ("Media library", "Keyed"):
            added = hoist_cli.run("profiles", "add", name, "--preset", "drf-media", "--var",
                                  "base=http://127.0.0.1:1", env=cls.env)
            assert added.returncode == 0, added.stderr
        cls.files = os.path.join(cls.home.name, "files")
        os.makedirs(os.path.join(cls.files, "sub folder"))
        for name in ("a photo.png", "a.txt", "ca.pem"):
            with open(os.path.join(cls.files, name), "w", encoding="utf-8") as file:
                file.write("x")

    @classmethod
    def tearDownClass(cls):
        cls.home.cleanup()

    def complete(self, *words, before=""):
        """COMPREPLY for the command line "hoist WORDS", the last word the one being completed."""
        words = [hoist_cli.binary(), *words]
        line = " ".join(words)
        script = (f"{before}\nsource {shlex.quote(SCRIPT)}\n"
                  f"COMP_WORDS=({' '.join(shlex.quote(word) for word in words)})\n"
                  f"COMP_CWORD={len(words) - 1}\nCOMP_LINE={shlex.quote(line)}\nCOMP_POINT={len(line)}\n"
                  f"_hoist {shlex.quote(words[0])} {shlex.quote(words[-1])} {shlex.quote(words[-2])}\n"
                  "printf '%s\\0' \"${COMPREPLY[@]}\"\n")
        result = subprocess.run(["bash", "--norc", "--noprofile", "-c", script], capture_output=True,
                                text=True, env=self.env, cwd=self.files, timeout=30, check=False)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        return [word for word in result.stdout.split("\0") if word]

    def test_commands(self):
        self.assertEqual(sorted(self.complete("")), sorted(hoist_cli.commands()))
        self.assertEqual(sorted(self.complete("p")), ["presets", "profiles"])

    def test_actions(self):
        for command in hoist_cli.commands():
            actions = hoist_cli.actions(command)
            if actions:
                with self.subTest(command=command):
                    self.assertEqual(self.complete(command, ""), actions)
                    # Options come after the action; before it only --help.
                    self.assertEqual(self.complete(command, "--"), ["--help"])

    def test_options_equal_help(self):
        for words in [()] + hoist_cli.invocations():
            with self.subTest(command=" ".join(words)):
                offered = self.complete(*words, "-")
                self.assertIn("--help", offered)
                self.assertEqual(set(offered) - hoist_cli.HELP_OPTIONS, hoist_cli.options(*words))

    def test_options_taking_values_are_known(self):
        # After an option that takes a value comes its value, never a command, action or file name.
        invocations = [()] + hoist_cli.invocations()
        every = sorted(set().union(*(hoist_cli.options(*words) for words in invocations)))
        check = "for o in " + " ".join(every) + '; do ! _hoist_takes_value "$o" || echo "$o"; done'
        result = subprocess.run(["bash", "--norc", "--noprofile", "-c",
                                 f"source {shlex.quote(SCRIPT)}; {check}"], capture_output=True, text=True,
                                check=True)
        taking = set(result.stdout.split())
        for words in invocations:
            with self.subTest(command=" ".join(words)):
                self.assertEqual(hoist_cli.options(*words) & taking, hoist_cli.option_values(*words))

    def test_choices_equal_help(self):
        upload = hoist_cli.help_text("upload")
        self.assertEqual(set(self.complete("upload", "--auth", "")), listed(upload, r"Auth scheme:"))
        self.assertEqual(set(self.complete("profiles", "add", "--auth", "")),
                         listed(hoist_cli.help_text("profiles", "add"), r"Sign in another way:"))
        self.assertEqual(set(self.complete("upload", "--if-exists", "")),
                         set(re.search(r"--if-exists <([a-z|]+)>", upload).group(1).split("|")))
        self.assertEqual(set(self.complete("credentials", "set", "--kind", "")),
                         listed(hoist_cli.help_text("credentials"), r"KIND is one of:"))
        self.assertEqual(set(self.complete("history", "--status", "")),
                         listed(hoist_cli.help_text("history"), r"ended so:"))
        self.assertEqual(self.complete("history", "--status", "failed,un"), ["failed,unknown"])
        self.assertEqual(self.complete("upload", "--if-exists", "s"), ["skip"])
        self.assertEqual(self.complete("profiles", "add", "x", "--preset", "drf"), ["drf-media"])

    def test_profile_names_with_spaces(self):
        for typed in ("Med", "Media\\ l", '"Media l', "'Media"):
            with self.subTest(typed=typed):
                self.assertEqual(self.complete("upload", "--profile", typed), ["Media library"])
        both = ["Keyed", "Media library"]
        self.assertEqual(sorted(self.complete("library", "list", "--profile", "")), both)
        self.assertEqual(sorted(self.complete("--profile", "")), both)
        self.assertEqual(self.complete("history", "--profile", "K"), ["Keyed"])
        self.assertEqual(self.complete("upload", "--profile", "=", "Med"), ["Media library"])
        self.assertEqual(sorted(self.complete("profiles", "show", "")), both)
        self.assertEqual(self.complete("profiles", "remove", "Media\\ library", ""), [])

    def test_files(self):
        profile = ("upload", "--profile", "Media library")
        self.assertEqual(sorted(self.complete(*profile, "a")), ["a photo.png", "a.txt"])
        self.assertEqual(self.complete(*profile, "a.txt", "a\\ p"), ["a photo.png"])
        self.assertEqual(self.complete(*profile, "sub"), ["sub folder"])
        self.assertEqual(self.complete("upload", "--cacert", "c"), ["ca.pem"])
        self.assertEqual(self.complete("--add", "a\\ "), ["a photo.png"])
        self.assertEqual(sorted(self.complete("--start", "a")), ["a photo.png", "a.txt"])
        # With bash-completion loaded, its _filedir does the work.
        filedir = "_filedir() { COMPREPLY=(from-filedir); }"
        self.assertEqual(self.complete(*profile, "a", before=filedir), ["from-filedir"])

    def test_readline_quotes_what_it_inserts(self):
        # COMPREPLY holds names as they are; bash quotes them as typed only when the function asked it
        # to (compopt -o filenames), which needs a real interactive shell on a terminal.
        pid, terminal = pty.fork()
        if pid == 0:  # the child never returns into the tests
            try:
                os.chdir(self.files)
                path = os.path.dirname(os.path.abspath(hoist_cli.binary())) + os.pathsep + self.env["PATH"]
                os.execvpe("bash", ["bash", "--norc", "--noprofile", "-i"],
                           dict(self.env, PS1="$ ", TERM="dumb", PATH=path))
            finally:
                os._exit(127)
        # Wide enough that readline never scrolls the line sideways.
        fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 500, 0, 0))
        try:
            self.type(terminal, f"source {shlex.quote(SCRIPT)}; echo sourced\n", "sourced")
            hoist = "hoist"
            cases = {"upload --profile Med": "upload --profile Media\\ library ",
                     'upload --profile "Med': 'upload --profile "Media library" ',
                     "upload --profile Keyed a\\ ": "upload --profile Keyed a\\ photo.png ",
                     "prof": "profiles "}
            for typed, expected in cases.items():
                with self.subTest(typed=typed):
                    self.type(terminal, f"{hoist} {typed}\t", expected)
                    self.type(terminal, "\x15echo next\n", "next")  # Ctrl+U: the line is gone
        finally:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            os.close(terminal)

    def type(self, terminal, keys, expected, seconds=10):
        """Types KEYS and waits until the terminal shows EXPECTED."""
        os.write(terminal, keys.encode())
        seen = ""
        while expected not in seen:
            ready, _, _ = select.select([terminal], [], [], seconds)
            self.assertTrue(ready, f"after {keys!r} the terminal shows {seen!r}, not {expected!r}")
            seen += os.read(terminal, 4096).decode(errors="replace")

    def test_values_without_choices_offer_nothing(self):
        self.assertEqual(self.complete("upload", "--url", ""), [])
        self.assertEqual(self.complete("library", "delete", "--profile", "Keyed", ""), [])
        self.assertEqual(self.complete("profiles", "add", ""), [])


if __name__ == "__main__":
    unittest.main()

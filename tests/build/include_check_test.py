#!/usr/bin/env python3
"""scripts/include_check passes on the repository as it is and fails, naming the file, the
include and the rule, on a copy with one forbidden include planted."""

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CHECK = os.path.join(ROOT, "scripts", "include_check")
RULES = "scripts/include_rules.txt"


def run_check(root):
    result = subprocess.run([sys.executable, CHECK, root], capture_output=True, text=True)
    return result.returncode, result.stdout + result.stderr


def rule_line(room):
    with open(os.path.join(ROOT, RULES), encoding="utf-8") as rules:
        return next(number for number, line in enumerate(rules, 1) if line.startswith(f"allow {room}:"))


class IncludeCheck(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.work = tempfile.mkdtemp(prefix="include_check_")
        cls.copy = os.path.join(cls.work, "repo")
        ignored = shutil.ignore_patterns(".git", "node_modules", "build", "out", "*.lagerhuis", "corpus")
        shutil.copytree(ROOT, cls.copy, ignore=ignored)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.work)

    @contextlib.contextmanager
    def planted(self, path, text):
        """Appends a line to a file of the copy (made if missing) and yields its number;
        the file is as it was afterwards."""
        full = os.path.join(self.copy, path)
        existed = os.path.exists(full)
        before = ""
        if existed:
            with open(full, encoding="utf-8") as file:
                before = file.read()
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as file:
            file.write(before + text + "\n")
        try:
            yield before.count("\n") + 1
        finally:
            if existed:
                with open(full, "w", encoding="utf-8") as file:
                    file.write(before)
            else:
                os.remove(full)

    def check_with(self, path, text):
        """The check's status, its output and the planted line's number."""
        with self.planted(path, text) as line:
            status, output = run_check(self.copy)
        return status, output, line

    def assert_forbidden(self, path, include, arrow, room):
        status, output, line = self.check_with(path, f"#include {include}")
        self.assertEqual(status, 1, output)
        self.assertIn(f"{path}:{line}: #include {include} crosses a forbidden arrow: {arrow}", output)
        self.assertIn(f"rule {RULES}:{rule_line(room)}: {room} may include only", output)
        self.assertEqual(output.count("crosses a forbidden arrow"), 1, output)

    def test_the_repository_keeps_every_arrow(self):
        status, output = run_check(ROOT)
        self.assertEqual(status, 0, output)

    def test_the_copy_keeps_every_arrow_before_anything_is_planted(self):
        status, output = run_check(self.copy)
        self.assertEqual(status, 0, output)

    def test_core_includes_no_file_stream(self):
        self.assert_forbidden("core/apply.cpp", "<fstream>", "core -> std-files", "core")

    def test_core_reads_no_clock_and_starts_no_thread(self):
        self.assert_forbidden("core/decide.cpp", "<chrono>", "core -> std-clock", "core")
        self.assert_forbidden("core/state.hpp", "<thread>", "core -> std-threads", "core")

    def test_core_includes_nothing_above_it_even_by_a_relative_path(self):
        self.assert_forbidden("core/apply.cpp", '"../proto/json_codec.hpp"', "core -> proto", "core")
        self.assert_forbidden("core/apply.cpp", "<imgui.h>", "core -> imgui", "core")
        self.assert_forbidden("core/apply.cpp", "<sqlite3.h>", "core -> sqlite", "core")

    def test_no_library_includes_the_app_or_the_commands(self):
        self.assert_forbidden("store/schema.hpp", '"app/ui/theme.hpp"', "store -> app/ui", "store")
        self.assert_forbidden("net/server.cpp", '"app/console/console_app.hpp"', "net -> app/console", "net")
        self.assert_forbidden("proto/wire_codec.cpp", '"cli/subcommands.hpp"', "proto -> cli", "proto")

    def test_the_host_sees_no_network_library(self):
        self.assert_forbidden("host/session_host.cpp", "<boost/asio/io_context.hpp>", "host -> asio-beast", "host")

    def test_the_app_includes_no_beast_or_asio(self):
        self.assert_forbidden("app/console/console_app.cpp", "<boost/beast/websocket.hpp>", "app/console -> asio-beast",
                              "app/console")
        self.assert_forbidden("app/ui/ui_widgets.cpp", "<boost/asio.hpp>", "app/ui -> asio-beast", "app/ui")

    def test_the_participant_app_includes_no_console(self):
        self.assert_forbidden("app/participant/participant_panels.hpp", '"app/console/console_panels.hpp"',
                              "app/participant -> app/console", "app/participant")
        self.assert_forbidden("app/participant/participant_app.cpp", '"host/session_host.hpp"', "app/participant -> host",
                              "app/participant")

    def test_the_foundation_includes_no_screen(self):
        self.assert_forbidden("app/ui/theme.cpp", '"app/replay/replay_panels.hpp"', "app/ui -> app/replay", "app/ui")

    def test_a_file_in_no_room_is_named(self):
        status, output, _ = self.check_with("scratch/paths.cpp", "#include <string>")
        self.assertEqual(status, 1, output)
        self.assertIn(f"scratch/paths.cpp: belongs to no room: add it to a `room` line of {RULES}", output)

    def test_a_header_in_no_group_is_named(self):
        status, output, line = self.check_with("host/outbox.hpp", "#include <yaml-cpp/yaml.h>")
        self.assertEqual(status, 1, output)
        self.assertIn(f"host/outbox.hpp:{line}: #include <yaml-cpp/yaml.h> is in no group of {RULES}", output)

    def test_a_quoted_include_of_no_file_is_named(self):
        status, output, line = self.check_with("report/html_text.cpp", '#include "state.hpp"')
        self.assertEqual(status, 1, output)
        self.assertIn(f'report/html_text.cpp:{line}: #include "state.hpp" is no file of the project', output)

    def test_rules_that_name_an_unknown_room_are_refused(self):
        status, output, _ = self.check_with(RULES, "allow nowhere: core -- a typo")
        self.assertEqual(status, 2, output)
        self.assertIn("nowhere is neither a room nor a group", output)


if __name__ == "__main__":
    unittest.main(verbosity=2)

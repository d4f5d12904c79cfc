#!/usr/bin/python3
"""The memory floor of any WebKitGTK app on this machine: a bare GTK window with one WebKitGTK web
view showing a one-line page, with the settings SpecDesk uses (no accelerated compositing, the
document-viewer cache model), under its own Xvfb. Prints the RSS and PSS of the process and its
WebKit children after eight seconds, like scripts/startup_figures.py does for the app.

Needs the system Python with PyGObject and WebKitGTK's introspection data:
    apt-get install python3-gi gir1.2-webkit2-4.1
"""
import os, subprocess, sys, time

PAGE = """
import gi
gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import Gtk, WebKit2
window = Gtk.Window()
window.set_default_size(1100, 720)
view = WebKit2.WebView()
view.get_settings().set_hardware_acceleration_policy(WebKit2.HardwareAccelerationPolicy.NEVER)
view.get_context().set_cache_model(WebKit2.CacheModel.DOCUMENT_VIEWER)
window.add(view)
window.show_all()
view.load_html("<p>blank</p>", "http://localhost/")
Gtk.main()
"""

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from startup_figures import memory_kib  # noqa: E402

def main():
    display = ":94"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1400x900x24"], stderr=subprocess.DEVNULL)
    time.sleep(1)
    try:
        view = subprocess.Popen(["/usr/bin/python3", "-c", PAGE], env=dict(os.environ, DISPLAY=display),
                                stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(8)
        rss, pss = memory_kib(view.pid)
        view.kill()
        view.wait()
    finally:
        xvfb.terminate()
    print(f"webkit floor: a bare WebKitGTK view (blank page, SpecDesk's settings): RSS {rss / 1024:.0f} MiB, "
          f"PSS {pss / 1024:.0f} MiB (the view's process and its WebKit children)")

if __name__ == "__main__":
    main()

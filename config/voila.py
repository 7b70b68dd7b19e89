"""Voila settings for the app (`make app` puts this folder on JUPYTER_CONFIG_PATH and JUPYTER_PATH).

The home page (template ``course``, ``tree-lab.html``) is the course: its title, every lesson with the
learner's progress (read from their saved work, as the course map in lesson 00 does), and a link to each.
"""

c = get_config()  # noqa: F821  (provided by Jupyter when it reads this file)

c.VoilaConfiguration.template = "course"


def _with_course(render):
    def render_template(self, name, **ns):
        if name in ("tree.html", "tree-lab.html"):
            try:
                from lesson_utils.course import course_map

                ns["course_rows"] = course_map()
            except Exception:  # the page still lists the lessons, without progress
                ns["course_rows"] = []
        return render(self, name, **ns)

    return render_template


try:
    from voila.tornado.treehandler import TornadoVoilaTreeHandler

    TornadoVoilaTreeHandler.render_template = _with_course(TornadoVoilaTreeHandler.render_template)
except ImportError:  # another Voila layout: the plain list of lessons still works
    pass


# A lesson page shuts its kernel down when it closes or the learner follows a link: Voila's page sends
# the shutdown with the "_xsrf" cookie, which Voila 0.5 never sets on a lesson page, so every request was
# refused and each page visited left a kernel running (19 kernels, 1.3 GB after twenty minutes of
# "next →" links). Reading the token sets the cookie.
def _with_xsrf_cookie(prepare):
    async def prepare_and_set_cookie(self, *args, **kwargs):
        result = prepare(self, *args, **kwargs)
        if result is not None and hasattr(result, "__await__"):
            await result
        _ = self.xsrf_token  # sets the _xsrf cookie the page's shutdown request sends back

    return prepare_and_set_cookie


try:
    from voila.handler import VoilaHandler

    VoilaHandler.prepare = _with_xsrf_cookie(VoilaHandler.prepare)
except ImportError:
    pass

# And, should a page close without a word (a crashed browser, a laptop lid shut), its kernel is culled
# after 20 minutes with no page connected, checked every minute: the same settings as `make start`'s.
c.MappingKernelManager.cull_idle_timeout = 20 * 60
c.MappingKernelManager.cull_interval = 60
c.MappingKernelManager.cull_connected = False
c.MappingKernelManager.cull_busy = False

# The terminal `make app` prints in: the address and real problems only. Tornado warns, at each lesson
# page's first connection, that jupyter_server's websocket keep-alive values "cannot be longer" than
# each other (they are milliseconds it reads as seconds; the keep-alive works: jupyter_server #1612).
import logging  # noqa: E402


class _Quiet(logging.Filter):
    NOISE = ("websocket_ping_timeout", "is not trusted", "not encrypted",
             "/favicon.ico")  # the browser asks for an icon the app does not have: "404 GET /favicon.ico"

    def filter(self, record):
        message = record.getMessage()
        return not any(word in message for word in self.NOISE)


for _name in ("tornado", "tornado.general", "tornado.access", "Voila", ""):
    logging.getLogger(_name).addFilter(_Quiet())

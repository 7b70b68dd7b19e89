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

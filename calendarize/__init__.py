"""calendarize: local-government news articles in, .ics feeds and a static HTML agenda out."""

__version__ = "0.1.0"

// Build-time tool: renders the SVG application icon to the PNG sizes the desktops want
// (hicolor theme, window icon fallbacks, Windows .ico sources, macOS .icns sources).
// Usage: render_icon SOURCE.svg OUTPUT_DIR SIZE...  →  OUTPUT_DIR/autocoin-SIZE.png

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 3 || (argc < 4 && qstrcmp(argv[1], "--ico") != 0)) {
        std::fprintf(stderr, "usage: render_icon SOURCE.svg OUTPUT_DIR SIZE...\n");
        return 2;
    }
    // --ico: one 256 px Windows icon (Qt's ICO writer) beside the PNGs.
    const bool ico = qstrcmp(argv[1], "--ico") == 0;
    if (ico) {
        ++argv;
        --argc;
    }
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "render_icon: cannot read %s\n", argv[1]);
        return 1;
    }
    if (ico) {
        QImage image(256, 256, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        return image.save(QStringLiteral("%1/autocoin.ico").arg(QString::fromLocal8Bit(argv[2]))) ? 0 : 1;
    }
    for (int i = 3; i < argc; ++i) {
        const int size = QByteArray(argv[i]).toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString out = QStringLiteral("%1/autocoin-%2.png").arg(QString::fromLocal8Bit(argv[2])).arg(size);
        if (!image.save(out)) {
            std::fprintf(stderr, "render_icon: cannot write %s\n", qPrintable(out));
            return 1;
        }
    }
    return 0;
}

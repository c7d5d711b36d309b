// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/WrappingItemDelegate.h"

#include <QApplication>
#include <QEvent>
#include <QTreeView>

WrappingItemDelegate::WrappingItemDelegate(QTreeView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    view->setItemDelegate(this);
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setTextElideMode(Qt::ElideNone);
    view->viewport()->installEventFilter(this);
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    int depth = 0;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent()) {
        ++depth;
    }
    const int indent = m_view->indentation() * (depth + (m_view->rootIsDecorated() ? 1 : 0));
    // A row whose first column spans the others has the whole viewport width to wrap in.
    const bool spanned = index.column() == 0 && m_view->isFirstColumnSpanned(index.row(), index.parent());
    const int width = spanned ? m_view->viewport()->width() : m_view->columnWidth(index.column());
    const int available = width - (index.column() == 0 ? indent : 0);
    // Let the style measure: it knows the icon, the margins and the font of this row.
    // The style wraps only within a valid rectangle, so give it the width and room to grow downwards.
    opt.rect = QRect(0, 0, qMax(available, 40), 1 << 16);
    opt.features |= QStyleOptionViewItem::WrapText;
    const QWidget* widget = opt.widget ? opt.widget : m_view;
    const QStyle* style = widget->style();
    QSize size = style->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), widget);
    size.setWidth(qMin(size.width(), qMax(available, 40)));
    // A little air between wrapped rows, or paragraphs run into each other.
    size.rheight() += 4;
    return size;
}

bool WrappingItemDelegate::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && watched == m_view->viewport()) {
        // Row heights depend on the width: ask the view to measure them again.
        m_view->doItemsLayout();
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// WrappingItemDelegate: tree rows as tall as their word-wrapped text needs.
#pragma once

#include <QStyledItemDelegate>

class QTreeView;

/**
 * QTreeView paints wrapped text but sizes every row for one line, so long texts come out elided. This
 * delegate measures the text at the column's current width, and relayouts the view when it is resized.
 */
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /** Installs itself on `view` (which it also watches for resizes) and becomes its child. */
    explicit WrappingItemDelegate(QTreeView* view);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTreeView* m_view;
};

// SPDX-License-Identifier: GPL-3.0-or-later
// WorkspacePage: the placeholder each workspace shows until its own pane lands.
#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class WorkspacePage;
}

/** A titled page that says what the workspace is for. Setup, Analyze and Domain check start as these. */
class WorkspacePage : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Setup,
        Analyze,
        DomainCheck
    };

    explicit WorkspacePage(Kind kind, QWidget* parent = nullptr);
    ~WorkspacePage() override;

    Kind kind() const { return m_kind; }
    /** The workspace's name in the current language, as the navigation list shows it. */
    static QString title(Kind kind);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const std::unique_ptr<Ui::WorkspacePage> m_ui;
    const Kind m_kind;
};

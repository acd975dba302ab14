// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <cstdint>
#include <vector>

namespace cascade {

// A small bar chart of a cascade's depth profile: one bar per generation (the relays of
// the root, the relays of those...), labelled with its count, the root left out.
class DepthProfileChart : public QWidget
{
    Q_OBJECT
public:
    explicit DepthProfileChart(QWidget *parent = nullptr);

    // Nodes per generation, [0] the root (CascadeTree::depthProfile()).
    void setProfile(std::vector<std::int32_t> profile);
    const std::vector<std::int32_t> &profile() const { return m_profile; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<std::int32_t> m_profile;
};

} // namespace cascade
